"""msref (test instrument, NOT MindSpore): convolution and pooling with MindSpore's padding rules.

pad_mode 'valid' = no padding; 'same' = output ceil(in / stride), the odd extra padding going to the
end (bottom/right), as MindSpore (and TensorFlow) do; 'pad' = explicit ``padding``: an int, one
value per spatial dim, or (before, after) per dim in MindSpore's order (top, bottom, left, right)
for 2-D and (head, tail, top, bottom, left, right) for 3-D.
"""
import torch
import torch.nn.functional as TF


def ntuple(value, n):
    if isinstance(value, torch.Tensor):
        value = value.tolist()
    if isinstance(value, int):
        return (value,) * n
    value = tuple(value)
    if len(value) == 1:
        return value * n
    return value


def explicit_pairs(padding, nd):
    """[(before, after)] per spatial dim from MindSpore's padding forms."""
    if isinstance(padding, int):
        return [(padding, padding)] * nd
    padding = tuple(padding)
    if len(padding) == nd:
        return [(p, p) for p in padding]
    if len(padding) == 2 * nd:
        return [(padding[2 * i], padding[2 * i + 1]) for i in range(nd)]
    if len(padding) == 1:
        return [(padding[0], padding[0])] * nd
    raise ValueError(f"msref: padding {padding} does not fit {nd} spatial dims")


def same_pairs(sizes, kernel, stride, dilation):
    pairs = []
    for size, k, s, d in zip(sizes, kernel, stride, dilation):
        out = -(-size // s)
        total = max((out - 1) * s + (k - 1) * d + 1 - size, 0)
        pairs.append((total // 2, total - total // 2))
    return pairs


def pad_spatial(x, pairs, value=0.0):
    flat = []
    for before, after in reversed(pairs):
        flat += [before, after]
    if not any(flat):
        return x
    return TF.pad(x, flat, value=value)


_CONV = {1: TF.conv1d, 2: TF.conv2d, 3: TF.conv3d}
_CONV_T = {1: TF.conv_transpose1d, 2: TF.conv_transpose2d, 3: TF.conv_transpose3d}


def conv(x, weight, bias, stride, pad_mode, padding, dilation, groups, nd):
    """MindSpore convolution: pad per pad_mode, then a torch convolution without padding."""
    kernel = tuple(weight.shape[2:])
    stride, dilation = ntuple(stride, nd), ntuple(dilation, nd)
    mode = pad_mode.lower()
    if mode == "same":
        pairs = same_pairs(x.shape[2:], kernel, stride, dilation)
    elif mode == "pad":
        pairs = explicit_pairs(padding, nd)
    elif mode == "valid":
        pairs = [(0, 0)] * nd
    else:
        raise ValueError(f"For 'Conv', pad_mode must be 'same', 'valid' or 'pad', but got {pad_mode}.")
    x = pad_spatial(x, pairs)
    if x.dtype != weight.dtype:
        x = x.to(weight.dtype)
    return _CONV[nd](x, weight, bias, stride, 0, dilation, groups)


def conv_transpose(x, weight, bias, stride, pad_mode, padding, dilation, groups, output_padding, nd):
    """MindSpore transposed convolution: a full ('valid') transposed conv, then cropping."""
    kernel = tuple(weight.shape[2:])
    stride, dilation = ntuple(stride, nd), ntuple(dilation, nd)
    output_padding = ntuple(output_padding, nd)
    full = _CONV_T[nd](x, weight, None, stride, 0, 0, groups, dilation)
    mode = pad_mode.lower()
    if mode == "same":
        pairs = []
        for k, s, d in zip(kernel, stride, dilation):
            total = max((k - 1) * d + 1 - s, 0)
            pairs.append((total // 2, total - total // 2))
    elif mode == "pad":
        pairs = explicit_pairs(padding, nd)
    else:
        pairs = [(0, 0)] * nd
    index = [slice(None), slice(None)]
    extra = []
    for dim, ((before, after), extra_pad) in enumerate(zip(pairs, output_padding)):
        size = full.shape[2 + dim]
        stop = size - after + extra_pad
        index.append(slice(before, min(stop, size)))
        extra.append(max(stop - size, 0))
    out = full[tuple(index)]
    if any(extra):
        out = pad_spatial(out, [(0, e) for e in extra])
    if bias is not None:
        out = out + bias.reshape((1, -1) + (1,) * nd)
    return out


_MAX = {1: TF.max_pool1d, 2: TF.max_pool2d, 3: TF.max_pool3d}
_AVG = {1: TF.avg_pool1d, 2: TF.avg_pool2d, 3: TF.avg_pool3d}


def pool(x, nd, kind, kernel, stride, pad_mode="pad", padding=0, ceil_mode=False, count_include_pad=True,
         divisor_override=None, dilation=1, return_indices=False):
    """MindSpore pooling over the last ``nd`` dims (batch dim optional)."""
    unbatched = x.dim() == nd + 1
    if unbatched:
        x = x.unsqueeze(0)
    kernel = ntuple(kernel, nd)
    stride = ntuple(stride if stride is not None else kernel, nd)
    dilation = ntuple(dilation, nd)
    mode = pad_mode.lower()
    if mode in ("same", "valid"):
        pairs = same_pairs(x.shape[2:], kernel, stride, dilation) if mode == "same" else [(0, 0)] * nd
        if kind == "max":
            padded = pad_spatial(x, pairs, value=float("-inf")) if x.is_floating_point() else pad_spatial(x, pairs)
            out = _MAX[nd](padded, kernel, stride, 0, dilation, False, return_indices)
        else:
            summed = _AVG[nd](pad_spatial(x, pairs), kernel, stride, 0, False, True) if nd > 1 else \
                TF.avg_pool1d(pad_spatial(x, pairs), kernel, stride, 0, False, True)
            ones = pad_spatial(torch.ones_like(x[:1, :1]), pairs)
            counted = _AVG[nd](ones, kernel, stride, 0, False, True) if nd > 1 else \
                TF.avg_pool1d(ones, kernel, stride, 0, False, True)
            out = summed / counted
    else:
        pairs = explicit_pairs(padding, nd)
        symmetric = all(a == b for a, b in pairs) and all(a <= k // 2 for (a, _), k in zip(pairs, kernel))
        if kind == "max":
            if symmetric:
                out = _MAX[nd](x, kernel, stride, tuple(a for a, _ in pairs), dilation, ceil_mode, return_indices)
            else:
                out = _MAX[nd](pad_spatial(x, pairs, float("-inf")), kernel, stride, 0, dilation, ceil_mode,
                               return_indices)
        else:
            pad = tuple(a for a, _ in pairs)
            if nd == 1:
                out = TF.avg_pool1d(x, kernel, stride, pad, ceil_mode, count_include_pad)
            else:
                out = _AVG[nd](x, kernel, stride, pad, ceil_mode, count_include_pad, divisor_override or None)
    if unbatched:
        out = tuple(o.squeeze(0) for o in out) if isinstance(out, tuple) else out.squeeze(0)
    return out
