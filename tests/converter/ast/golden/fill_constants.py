import torch
PAD, BOS = 0, 1
EPS = -1e-9
FLAG = True
N = 3
N += 1
def f(x, v):
    a = torch.full((2,), BOS)
    b = torch.full((2,), EPS)
    c = torch.full((2,), FLAG)
    d = torch.full((2,), N)
    e = torch.full((2,), v)
    return a, b, c, d, e
