from torch.nn import *
from torch import *
class Net(Module):
    def __init__(self):
        super().__init__()
        self.fc = Linear(2, 3)
        init.zeros_(self.fc.bias)
    def forward(self, x):
        return flatten(x, 1)
print(len([1]), Unknown)
