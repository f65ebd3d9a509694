import torch
import torch.nn as nn

good = nn.Linear(2, 3)
bad = nn.Linear(2, 3
also_good = torch.zeros(4)

def broken(:
    return torch.ones(1)
