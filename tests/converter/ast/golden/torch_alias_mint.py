# golden: target=mint
import torch
import torch.nn.functional as F


def head(x, options):
    y = F.relu(x)
    z = F.softmax(y, dim=-1)
    return F.dropout(z, p=0.1, **options)
