# golden: mindspore=2.2.14
import torch


def summarize(x, y):
    flat = x.flatten(1)
    values, indices = x.max(1)
    peak = x.max()
    total = x.sum(dim=1, keepdim=True)
    average = x.mean(-1)
    lowest = x.argmin(dim=0)
    product = x.mul(y)
    tiled = x.repeat(2, 1)
    parts = x.split(2, dim=1)
    x.fill_(0)
    return flat, values, indices, peak, total, average, lowest, product, tiled, parts
