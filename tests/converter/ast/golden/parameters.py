import torch
import torch.nn as nn
import torch.optim as optim


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 2)

    def init_hidden(self, bsz):
        weight = next(self.parameters())
        return weight.new_zeros(bsz, 2)


model = Model()
n_params = sum(p.numel() for p in model.parameters())
own = [p for p in model.parameters(recurse=False)]
opt = optim.SGD(model.parameters(), lr=0.1)
groups = optim.Adam([{'params': model.fc.parameters(), 'lr': 1e-3}])
