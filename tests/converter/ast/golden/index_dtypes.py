import torch


def pick(x, logits, probs, boundaries):
    first = torch.argmin(x, dim=1)
    last = x.argmin()
    order = torch.argsort(x, dim=-1, descending=True)
    buckets = torch.bucketize(x, boundaries)
    values, indices = torch.topk(logits, 5)
    v, _ = torch.topk(logits, 3)
    _, idx_next = torch.topk(probs, k=1, dim=-1)  # the most likely token
    best = x.topk(2, dim=0)[1]
    top_values = x.topk(2)[0]
    chosen = torch.topk(probs, 2).indices
    ranked = torch.sort(x, descending=True)
    with torch.no_grad():
        s, perm = torch.sort(x, dim=0)
        y = x[perm]
    return first, last, order, buckets, values, indices, v, idx_next, best, top_values, chosen, ranked, s, y


def largest(x, k):
    if k: values, indices = torch.topk(x, k)
    return torch.topk(x, 2)
