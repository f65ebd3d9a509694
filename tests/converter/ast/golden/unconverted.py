import torch
import torch.nn as nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
layer = nn.Conv2d(3, 3, 1, **{"bias": False})
weights = torch.load("model.pt")
torch.backends.cudnn.benchmark = True
x = torch.frobnicate(torch.ones(3))
