# golden: mindspore=2.2.14
import mindspore


def summarize(x, y):
    flat = x.flatten(start_dim=1)
    values, indices = x.max(1, return_indices=True)
    peak = x.max()
    total = x.sum(axis=1, keepdims=True)
    average = x.mean(-1)
    lowest = x.argmin(axis=0).astype(mindspore.int64)
    product = x.mul(y)
    tiled = x.tile((2, 1))
    parts = x.split(2, axis=1)
    x.fill_(0)
    return flat, values, indices, peak, total, average, lowest, product, tiled, parts
