import torch


def reshape(x, words):
    n = x.size(0)
    shape = x.size()
    last = x.size(dim=-1)
    y = x.view(n, -1).transpose(1, 2).contiguous()
    z = y.permute(0, 2, 1).detach()
    parts = "a,b".split(",") + words.split()
    moved = x.to("cuda")
    return n, shape, last, z, parts, moved, torch.Tensor.view(x, -1)
