try:
    import torch
    import torch.nn as nn
except ImportError:  # torch is optional here
    torch = None
    nn = None


def make():
    if torch is None:
        return None
    return nn.Sequential(nn.Linear(4, 4), nn.Tanh())
