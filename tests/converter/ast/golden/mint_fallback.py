# golden: target=mint
import torch
import torch.nn as nn

layer = nn.Softmin(dim=1)
y = torch.kron(layer(x), x)
z = torch.flatten(y)
