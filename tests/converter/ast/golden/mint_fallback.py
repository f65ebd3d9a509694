# golden: target=mint
import torch
import torch.nn as nn

layer = nn.Linear(2, 3)
y = torch.flatten(layer(torch.ones(1, 2)))
