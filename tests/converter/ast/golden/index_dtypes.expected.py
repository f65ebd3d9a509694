import mindspore
from mindspore import ops


def pick(x, logits, probs, boundaries):
    first = ops.argmin(x, axis=1).astype(mindspore.int64)
    last = x.argmin().astype(mindspore.int64)
    order = ops.argsort(x, axis=-1, descending=True).astype(mindspore.int64)
    buckets = ops.bucketize(x, boundaries).astype(mindspore.int64)
    values, indices = ops.topk(logits, 5)
    indices = indices.astype(mindspore.int64)
    v, _ = ops.topk(logits, 3)
    _, idx_next = ops.topk(probs, k=1, dim=-1)  # the most likely token
    idx_next = idx_next.astype(mindspore.int64)
    best = x.topk(2, dim=0)[1].astype(mindspore.int64)
    top_values = x.topk(2)[0]
    chosen = ops.topk(probs, 2)[1].astype(mindspore.int64)
    ranked = ops.sort(x, descending=True)
    ranked = (ranked[0], ranked[1].astype(mindspore.int64))
    s, perm = ops.sort(x, axis=0)
    perm = perm.astype(mindspore.int64)
    y = x[perm]
    return first, last, order, buckets, values, indices, v, idx_next, best, top_values, chosen, ranked, s, y


def largest(x, k):
    if k: values, indices = ops.topk(x, k)
    return ops.topk(x, 2)
