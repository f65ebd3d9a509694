"""msref (test instrument, NOT MindSpore): neural-network functions of mindspore.ops (classic API)."""
import math

import numpy as np
import torch
import torch.nn.functional as TF

from .._bridge import tdtype
from ._conv_pool import conv, conv_transpose, ntuple, pool
from ._define import define
from ._elementwise import t

F = {}

define(F, "relu", "input, inplace=False", lambda x, inplace: TF.relu(x))
define(F, "relu6", "x", TF.relu6)
define(F, "elu", "input_x, alpha=1.0", lambda x, a: TF.elu(x, a))
define(F, "celu", "x, alpha=1.0", lambda x, a: TF.celu(x, a))
define(F, "selu", "input_x", TF.selu)
define(F, "silu", "input", TF.silu)
define(F, "sigmoid", "input", torch.sigmoid)
define(F, "mish", "x", TF.mish)
define(F, "logsigmoid", "x", TF.logsigmoid)
define(F, "softsign", "x", TF.softsign)
define(F, "tanhshrink", "input", TF.tanhshrink)
define(F, "hardsigmoid", "input", TF.hardsigmoid)
define(F, "hardswish", "input", TF.hardswish)
define(F, "hardtanh", "input, min_val=-1.0, max_val=1.0", lambda x, lo, hi: TF.hardtanh(x, lo, hi))
define(F, "hardshrink", "input, lambd=0.5", lambda x, l: TF.hardshrink(x, l))
define(F, "softshrink", "input, lambd=0.5", lambda x, l: TF.softshrink(x, l))
define(F, "softplus", "input, beta=1, threshold=20", lambda x, b, th: TF.softplus(x, b, th))
define(F, "leaky_relu", "input, alpha=0.2", lambda x, a: TF.leaky_relu(x, a))
define(F, "prelu", "input, weight", lambda x, w: TF.prelu(x, w))
define(F, "rrelu", "input, lower=1.0 / 8, upper=1.0 / 3", lambda x, lo, hi: TF.rrelu(x, lo, hi, training=True))
define(F, "threshold", "input, thr, value", lambda x, th, v: TF.threshold(x, th, v))
define(F, "glu", "x, axis=-1", lambda x, a: TF.glu(x, a))
define(F, "fast_gelu", "x", lambda x: x * torch.sigmoid(1.702 * x))


def _gelu(x, approximate):
    return TF.gelu(x, approximate="tanh" if approximate in ("tanh", True) else "none")


define(F, "gelu", "input, approximate='none'", _gelu)


def _softmax(fn):
    def impl(x, axis, dtype=None):
        if dtype is not None:
            x = x.to(tdtype(dtype))
        if isinstance(axis, (tuple, list)):
            axis = axis[0]
        return fn(x, dim=axis)
    return impl


define(F, "softmax", "input, axis=-1, *, dtype=None", _softmax(torch.softmax))
define(F, "softmin", "x, axis=-1, *, dtype=None", _softmax(lambda x, dim: torch.softmax(-x, dim=dim)))
define(F, "log_softmax", "logits, axis=-1", _softmax(torch.log_softmax))
define(F, "dense", "input, weight, bias=None", lambda x, w, b: TF.linear(x, w, b))


def _bidense(x1, x2, w, b):
    return TF.bilinear(x1, x2, w, b)


define(F, "bidense", "input1, input2, weight, bias=None", _bidense)

define(F, "conv1d", "input, weight, bias=None, stride=1, pad_mode='valid', padding=0, dilation=1, groups=1",
       lambda x, w, b, s, pm, p, d, g: conv(x, w, b, s, pm if p == 0 or pm != "valid" else "pad", p, d, g, 1))
define(F, "conv2d", "input, weight, bias=None, stride=1, pad_mode='valid', padding=0, dilation=1, groups=1",
       lambda x, w, b, s, pm, p, d, g: conv(x, w, b, s, pm if p == 0 or pm != "valid" else "pad", p, d, g, 2))
define(F, "conv3d", "input, weight, bias=None, stride=1, pad_mode='valid', padding=0, dilation=1, groups=1",
       lambda x, w, b, s, pm, p, d, g: conv(x, w, b, s, pm if p == 0 or pm != "valid" else "pad", p, d, g, 3))
define(F, "conv_transpose2d", "input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1",
       lambda x, w, b, s, p, op, g, d: TF.conv_transpose2d(x, w, b, s, p, op, g, d))
define(F, "conv3d_transpose", "inputs, weight, pad_mode='valid', padding=0, stride=1, dilation=1, group=1, "
       "output_padding=0", lambda x, w, pm, p, s, d, g, op: conv_transpose(x, w, None, s, pm, p, d, g, op, 3))


def _max_pool(nd):
    def impl(x, kernel, stride, padding, dilation, return_indices, ceil_mode):
        return pool(x, nd, "max", kernel, stride, "pad", padding, ceil_mode, dilation=dilation,
                    return_indices=return_indices)
    return impl


define(F, "max_pool2d", "x, kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False",
       _max_pool(2))
define(F, "max_pool3d", "x, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False",
       lambda x, k, s, p, d, c, r: _max_pool(3)(x, k, s, p, d, r, c))


def _avg_pool(nd):
    def impl(x, kernel, stride, padding, ceil_mode, count_include_pad, divisor_override=0):
        return pool(x, nd, "avg", kernel, stride, "pad", padding, ceil_mode, count_include_pad,
                    divisor_override or None)
    return impl


define(F, "avg_pool1d", "input_x, kernel_size=1, stride=1, padding=0, ceil_mode=False, count_include_pad=True",
       _avg_pool(1))
define(F, "avg_pool2d", "input_x, kernel_size=1, stride=1, padding=0, ceil_mode=False, count_include_pad=True, "
       "divisor_override=0", _avg_pool(2))
define(F, "avg_pool3d", "input_x, kernel_size=1, stride=1, padding=0, ceil_mode=False, count_include_pad=True, "
       "divisor_override=0", _avg_pool(3))
define(F, "adaptive_avg_pool1d", "input, output_size", lambda x, o: TF.adaptive_avg_pool1d(x, o))
define(F, "adaptive_avg_pool2d", "input, output_size", lambda x, o: TF.adaptive_avg_pool2d(x, o))
define(F, "adaptive_avg_pool3d", "input, output_size", lambda x, o: TF.adaptive_avg_pool3d(x, o))
define(F, "adaptive_max_pool1d", "input, output_size", lambda x, o: TF.adaptive_max_pool1d(x, o))
define(F, "adaptive_max_pool2d", "input, output_size, return_indices=False",
       lambda x, o, r: TF.adaptive_max_pool2d(x, o, r))
define(F, "adaptive_max_pool3d", "input, output_size, return_indices=False",
       lambda x, o, r: TF.adaptive_max_pool3d(x, o, r))


def _lp_pool(nd):
    def impl(x, norm_type, kernel, stride, ceil_mode):
        fn = TF.lp_pool1d if nd == 1 else TF.lp_pool2d
        return fn(x, norm_type, kernel, stride, ceil_mode)
    return impl


define(F, "lp_pool1d", "x, norm_type, kernel_size, stride=None, ceil_mode=False", _lp_pool(1))
define(F, "lp_pool2d", "x, norm_type, kernel_size, stride=None, ceil_mode=False", _lp_pool(2))
for _nd in (1, 2, 3):
    define(F, f"max_unpool{_nd}d", "x, indices, kernel_size, stride=None, padding=0, output_size=None",
           lambda x, i, k, s, p, o, _nd=_nd: getattr(TF, f"max_unpool{_nd}d")(x, i.long(), k, s, p, o))


def _batch_norm(x, mean, var, weight, bias, training, momentum, eps):
    return TF.batch_norm(x, mean, var, weight, bias, training, momentum, eps)


define(F, "batch_norm", "input_x, running_mean, running_var, weight, bias, training=False, momentum=0.1, eps=1e-05",
       _batch_norm)
define(F, "layer_norm", "input, normalized_shape, weight=None, bias=None, eps=1e-05",
       lambda x, s, w, b, e: TF.layer_norm(x, ntuple(s, 1), w, b, e))
define(F, "group_norm", "input, num_groups, weight=None, bias=None, eps=1e-05",
       lambda x, g, w, b, e: TF.group_norm(x, g, w, b, e))
define(F, "instance_norm", "input, running_mean=None, running_var=None, weight=None, bias=None, "
       "use_input_stats=True, momentum=0.1, eps=1e-05",
       lambda x, m, v, w, b, u, mo, e: TF.instance_norm(x, m, v, w, b, u, mo, e))
define(F, "rms_norm", "x, gamma, epsilon=1e-6",
       lambda x, g, e: (x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + e) * g,
                        torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + e)))


def _lrn(x, radius, bias, alpha, beta, region):
    size = 2 * radius + 1
    squared = x.pow(2).unsqueeze(1)
    summed = TF.avg_pool3d(TF.pad(squared, (0, 0, 0, 0, radius, radius)), (size, 1, 1), stride=1).squeeze(1) * size
    return x / torch.pow(bias + alpha * summed, beta)


define(F, "lrn", "x, depth_radius=5, bias=1.0, alpha=1.0, beta=0.5, norm_region='ACROSS_CHANNELS'", _lrn)
define(F, "normalize", "input, p=2.0, dim=1, eps=1e-12", lambda x, p, d, e: TF.normalize(x, p, d, e))


def _dropout(x, p, training, seed):
    return TF.dropout(x, p, training) if training else x


define(F, "dropout", "input, p=0.5, training=True, seed=None", _dropout)
define(F, "dropout1d", "input, p=0.5, training=True", lambda x, p, tr: TF.dropout1d(x, p, tr))
define(F, "dropout2d", "input, p=0.5, training=True", lambda x, p, tr: TF.dropout2d(x, p, tr))
define(F, "dropout3d", "input, p=0.5, training=True", lambda x, p, tr: TF.dropout3d(x, p, tr))


def check_scale_factor(ndim, scale_factor, mode, recompute_scale_factor):
    """MindSpore's interpolate takes scale_factor as it is only in 'area', 'trilinear' and 5-D 'nearest'
    mode (its parameter table); elsewhere only with recompute_scale_factor=True (ValueError otherwise)."""
    direct = mode in ("area", "trilinear") or (mode == "nearest" and ndim == 5)
    if scale_factor is not None and not direct and not recompute_scale_factor:
        raise ValueError(f"For 'interpolate', 'scale_factor' option cannot currently be set with the mode = {mode} "
                         f"and dim = {ndim}D.")


def _interpolate(x, size, scale_factor, mode, align_corners, recompute_scale_factor):
    check_scale_factor(x.dim(), scale_factor, mode, recompute_scale_factor)
    return TF.interpolate(x, size=size, scale_factor=scale_factor, mode=mode, align_corners=align_corners,
                          recompute_scale_factor=recompute_scale_factor)


define(F, "interpolate", "input, size=None, scale_factor=None, mode='nearest', align_corners=None, "
       "recompute_scale_factor=None", _interpolate)


def _pad(x, padding, mode, value):
    padding = list(ntuple(padding, 1))
    if mode == "constant":
        return TF.pad(x, padding, mode="constant", value=0 if value is None else value)
    return TF.pad(x, padding, mode=mode)


define(F, "pad", "input_x, padding, mode='constant', value=None", _pad)


def _mirror_pad(x, paddings, mode):
    """MirrorPad: ((before, after), ...) per dim, 'REFLECT' or 'SYMMETRIC' (computed with numpy.pad)."""
    pairs = paddings.tolist() if isinstance(paddings, torch.Tensor) else [list(p) for p in paddings]
    arr = x.detach().cpu().numpy()
    return torch.from_numpy(np.pad(arr, pairs, mode="reflect" if mode == "REFLECT" else "symmetric").copy())


define(F, "mirror_pad", "input_x, paddings, mode", _mirror_pad)


def _reduce(loss, reduction):
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    return loss


define(F, "binary_cross_entropy", "logits, labels, weight=None, reduction='mean'",
       lambda x, y, w, r: TF.binary_cross_entropy(x, y, w, reduction=r))
define(F, "binary_cross_entropy_with_logits", "input, target, weight=None, pos_weight=None, reduction='mean'",
       lambda x, y, w, pw, r: TF.binary_cross_entropy_with_logits(x, y, w, reduction=r, pos_weight=pw))


def _cross_entropy(x, target, weight, ignore_index, reduction, label_smoothing):
    if target.is_floating_point():
        return TF.cross_entropy(x, target, weight, reduction=reduction, label_smoothing=label_smoothing)
    return TF.cross_entropy(x, target.long(), weight, ignore_index=ignore_index, reduction=reduction,
                            label_smoothing=label_smoothing)


define(F, "cross_entropy", "input, target, weight=None, ignore_index=-100, reduction='mean', label_smoothing=0.0",
       _cross_entropy)
define(F, "nll_loss", "inputs, target, weight=None, ignore_index=-100, reduction='mean', label_smoothing=0.0",
       lambda x, y, w, i, r, ls: TF.nll_loss(x, y.long(), w, ignore_index=i, reduction=r))


def _kl_div(logits, labels, reduction):
    loss = labels * (torch.log(labels) - logits)
    loss = torch.where(labels > 0, loss, torch.zeros_like(loss))
    if reduction == "batchmean":
        return loss.sum() / logits.shape[0]
    return _reduce(loss, reduction)


define(F, "kl_div", "logits, labels, reduction='mean'", _kl_div)
define(F, "l1_loss", "input, target, reduction='mean'", lambda x, y, r: TF.l1_loss(x, y, reduction=r))
define(F, "mse_loss", "input, target, reduction='mean'", lambda x, y, r: TF.mse_loss(x, y, reduction=r))
define(F, "smooth_l1_loss", "input, target, beta=1.0, reduction='none'",
       lambda x, y, b, r: TF.smooth_l1_loss(x, y, reduction=r, beta=b))
define(F, "huber_loss", "input, target, reduction='mean', delta=1.0",
       lambda x, y, r, d: TF.huber_loss(x, y, reduction=r, delta=d))
define(F, "soft_margin_loss", "input, target, reduction='mean'", lambda x, y, r: TF.soft_margin_loss(x, y, reduction=r))
define(F, "margin_ranking_loss", "input1, input2, target, margin=0.0, reduction='mean'",
       lambda a, b, y, m, r: TF.margin_ranking_loss(a, b, y, m, reduction=r))
define(F, "cosine_embedding_loss", "input1, input2, target, margin=0.0, reduction='mean'",
       lambda a, b, y, m, r: TF.cosine_embedding_loss(a, b, y, m, reduction=r))
define(F, "hinge_embedding_loss", "inputs, targets, margin=1.0, reduction='mean'",
       lambda x, y, m, r: TF.hinge_embedding_loss(x, y, m, reduction=r))
define(F, "triplet_margin_loss", "anchor, positive, negative, margin=1.0, p=2, eps=1e-06, swap=False, reduction='mean'",
       lambda a, p, n, m, pp, e, s, r: TF.triplet_margin_loss(a, p, n, m, pp, e, s, reduction=r))
define(F, "multi_margin_loss", "input, target, p=1, margin=1, weight=None, reduction='mean'",
       lambda x, y, p, m, w, r: TF.multi_margin_loss(x, y.long(), p, m, w, reduction=r))
define(F, "multilabel_margin_loss", "input, target, reduction='mean'",
       lambda x, y, r: TF.multilabel_margin_loss(x, y.long(), reduction=r))
define(F, "multilabel_soft_margin_loss", "input, target, weight=None, reduction='mean'",
       lambda x, y, w, r: TF.multilabel_soft_margin_loss(x, y, w, reduction=r))
define(F, "gaussian_nll_loss", "x, target, var, full=False, eps=1e-06, reduction='mean'",
       lambda x, y, v, f, e, r: TF.gaussian_nll_loss(x, y, v, full=f, eps=e, reduction=r))
define(F, "poisson_nll_loss", "input, target, log_input=True, full=False, eps=1e-08, reduction='mean'",
       lambda x, y, li, f, e, r: TF.poisson_nll_loss(x, y, li, f, eps=e, reduction=r))


def _ctc_forward(log_probs, target, steps, blank):
    """log alpha over the blank-extended target for one sample (MindSpore returns it as log_alpha)."""
    extended = [blank]
    for label in target:
        extended += [label, blank]
    states = len(extended)
    neg_inf = torch.tensor(float("-inf"), dtype=log_probs.dtype)
    alpha = torch.full((log_probs.shape[0], states), float("-inf"), dtype=log_probs.dtype)
    alpha[0, 0] = log_probs[0, blank]
    if states > 1:
        alpha[0, 1] = log_probs[0, extended[1]]
    for t in range(1, steps):
        for s in range(states):
            terms = [alpha[t - 1, s]]
            if s >= 1:
                terms.append(alpha[t - 1, s - 1])
            if s >= 2 and extended[s] != blank and extended[s] != extended[s - 2]:
                terms.append(alpha[t - 1, s - 2])
            alpha[t, s] = torch.logsumexp(torch.stack(terms), 0) + log_probs[t, extended[s]]
    last = alpha[steps - 1, states - 1]
    before = alpha[steps - 1, states - 2] if states > 1 else neg_inf
    return -torch.logsumexp(torch.stack([last, before]), 0), alpha


def _ctc_loss(log_probs, targets, input_lengths, target_lengths, blank, reduction, zero_infinity):
    """MindSpore's ops.ctc_loss: returns (loss, log_alpha) with log_alpha of shape (N, T, 2S+1)."""
    steps, batch, _ = log_probs.shape
    width = 2 * targets.shape[-1] + 1
    losses, alphas = [], []
    for b in range(batch):
        length = int(target_lengths[b])
        target = targets[b, :length].tolist() if targets.dim() == 2 else targets[:length].tolist()
        loss, alpha = _ctc_forward(log_probs[:, b, :], target, int(input_lengths[b]), blank)
        if zero_infinity and torch.isinf(loss):
            loss = torch.zeros_like(loss)
        padded = torch.full((steps, width), float("-inf"), dtype=log_probs.dtype)
        padded[:, :alpha.shape[1]] = alpha
        losses.append(loss)
        alphas.append(padded)
    loss = torch.stack(losses)
    if reduction == "mean":
        loss = (loss / target_lengths.clamp(min=1).to(loss.dtype)).mean()
    elif reduction == "sum":
        loss = loss.sum()
    return loss, torch.stack(alphas)


define(F, "ctc_loss", "log_probs, targets, input_lengths, target_lengths, blank=0, reduction='mean', "
       "zero_infinity=False", _ctc_loss)
define(F, "cosine_similarity", "x1, x2, dim=1, eps=1e-08", lambda a, b, d, e: TF.cosine_similarity(a, b, d, e))
define(F, "pairwise_distance", "x1, x2, p=2.0, eps=1e-06, keepdim=False",
       lambda a, b, p, e, k: TF.pairwise_distance(a, b, p, e, k))
define(F, "grid_sample", "input, grid, mode='bilinear', padding_mode='zeros', align_corners=False",
       lambda x, g, m, p, a: TF.grid_sample(x, g, m, p, a))
define(F, "affine_grid", "theta, size, align_corners=False", lambda th, s, a: TF.affine_grid(th, list(s), a))
define(F, "pixel_shuffle", "input, upscale_factor", lambda x, u: TF.pixel_shuffle(x, u))
define(F, "pixel_unshuffle", "input, downscale_factor", lambda x, d: TF.pixel_unshuffle(x, d))
define(F, "channel_shuffle", "x, groups", lambda x, g: TF.channel_shuffle(x, g))
define(F, "fold", "input, output_size, kernel_size, dilation=1, padding=0, stride=1",
       lambda x, o, k, d, p, s: TF.fold(x.reshape(x.shape[0], -1, x.shape[-1]), tuple(o.tolist())
                                        if isinstance(o, torch.Tensor) else o, k, d, p, s))
define(F, "unfold", "input, kernel_size, dilation=1, padding=0, stride=1",
       lambda x, k, d, p, s: TF.unfold(x, k, d, p, s))
define(F, "embedding", "input, weight, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False",
       lambda i, w, p, m, n, s: TF.embedding(i.long(), w, p, m, n, s))
define(F, "one_hot_ext", "tensor, num_classes=-1", lambda x, n: TF.one_hot(x.long(), n))
_ = (math, t)
