"""msref (test instrument, NOT MindSpore): ``mindspore.mint.nn.functional`` (PyTorch-aligned)."""
import torch
import torch.nn.functional as TF

from ...ops import _nn
from ...ops._define import define, signature_of

F = {}


def _torch(name, params, fn=None):
    """A torch.nn.functional function under its own (identical) signature, called by keyword."""
    fn = fn or getattr(TF, name)
    names = list(signature_of(params).parameters)
    define(F, name, params, lambda *a: fn(a[0], **dict(zip(names[1:], a[1:]))))


for _name, _params in [
    ("relu6", "input, inplace=False"), ("silu", "input, inplace=False"),
    ("elu", "input, alpha=1.0, inplace=False"), ("selu", "input, inplace=False"), ("celu", "input, alpha=1.0, inplace=False"),
    ("leaky_relu", "input, negative_slope=0.01, inplace=False"), ("hardtanh", "input, min_val=-1.0, max_val=1.0, inplace=False"),
    ("hardswish", "input, inplace=False"), ("hardsigmoid", "input, inplace=False"), ("hardshrink", "input, lambd=0.5"),
    ("softshrink", "input, lambd=0.5"), ("softplus", "input, beta=1, threshold=20"), ("mish", "input, inplace=False"),
    ("logsigmoid", "input"), ("tanhshrink", "input"), ("softsign", "input"), ("glu", "input, dim=-1"),
    ("threshold", "input, threshold, value, inplace=False"), ("prelu", "input, weight"),
    ("linear", "input, weight, bias=None"), ("conv1d", "input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1"),
    ("conv2d", "input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1"),
    ("conv3d", "input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1"),
    ("conv_transpose2d", "input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, dilation=1"),
    ("adaptive_avg_pool1d", "input, output_size"), ("adaptive_avg_pool2d", "input, output_size"),
    ("adaptive_avg_pool3d", "input, output_size"), ("adaptive_max_pool1d", "input, output_size, return_indices=False"),
    ("adaptive_max_pool2d", "input, output_size, return_indices=False"),
    ("avg_pool1d", "input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True"),
    ("avg_pool2d", "input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None"),
    ("avg_pool3d", "input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None"),
    ("max_pool2d", "input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False"),
    ("batch_norm", "input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-05"),
    ("layer_norm", "input, normalized_shape, weight=None, bias=None, eps=1e-05"),
    ("group_norm", "input, num_groups, weight=None, bias=None, eps=1e-05"),
    ("normalize", "input, p=2.0, dim=1, eps=1e-12"), ("dropout", "input, p=0.5, training=True, inplace=False"),
    ("dropout2d", "input, p=0.5, training=False, inplace=False"),
    ("interpolate", "input, size=None, scale_factor=None, mode='nearest', align_corners=None, recompute_scale_factor=None"),
    ("pixel_shuffle", "input, upscale_factor"), ("pixel_unshuffle", "input, downscale_factor"),
    ("grid_sample", "input, grid, mode='bilinear', padding_mode='zeros', align_corners=False"),
    ("unfold", "input, kernel_size, dilation=1, padding=0, stride=1"),
    ("fold", "input, output_size, kernel_size, dilation=1, padding=0, stride=1"),
    ("mse_loss", "input, target, reduction='mean'"), ("l1_loss", "input, target, reduction='mean'"),
    ("smooth_l1_loss", "input, target, reduction='mean', beta=1.0"),
    ("binary_cross_entropy", "input, target, weight=None, reduction='mean'"),
    ("binary_cross_entropy_with_logits", "input, target, weight=None, reduction='mean', pos_weight=None"),
    ("soft_margin_loss", "input, target, reduction='mean'"),
    ("cosine_embedding_loss", "input1, input2, target, margin=0.0, reduction='mean'"),
    ("cosine_similarity", "x1, x2, dim=1, eps=1e-08"),
    ("pairwise_distance", "x1, x2, p=2.0, eps=1e-06, keepdim=False"),
    ("max_unpool2d", "input, indices, kernel_size, stride=None, padding=0, output_size=None"),
]:
    _torch(_name, _params)

define(F, "relu", "input, inplace=False", lambda x, i: TF.relu(x))


def _in_place(fn):
    """In-place variants write into the input tensor and return it."""
    def impl(x, *args):
        source = x.float() if x.dtype in (torch.float16, torch.bfloat16) else x
        with torch.no_grad():
            x.copy_(fn(source, *args).to(x.dtype))
        return x
    return impl


define(F, "relu_", "input", _in_place(TF.relu))
define(F, "elu_", "input, alpha=1.0", _in_place(lambda x, a: TF.elu(x, a)))
define(F, "hardtanh_", "input, min_val=-1, max_val=1", _in_place(lambda x, lo, hi: TF.hardtanh(x, lo, hi)))
define(F, "threshold_", "input, threshold, value", _in_place(lambda x, th, v: TF.threshold(x, th, v)))
define(F, "sigmoid", "input", torch.sigmoid)
define(F, "tanh", "input", torch.tanh)
define(F, "gelu", "input, *, approximate='none'", lambda x, a: TF.gelu(x, approximate=a))


def _softmax_dim(x, dim):
    return dim if dim is not None else (0 if x.dim() in (0, 1, 3) else 1)


define(F, "softmax", "input, dim=None, dtype=None",
       lambda x, d, dt: torch.softmax(x, _softmax_dim(x, d), dtype=None if dt is None else _nn.tdtype(dt)))
define(F, "log_softmax", "input, dim=None, *, dtype=None",
       lambda x, d, dt: torch.log_softmax(x, _softmax_dim(x, d), dtype=None if dt is None else _nn.tdtype(dt)))
define(F, "flatten", "input, start_dim=0, end_dim=-1", lambda x, s, e: torch.flatten(x, s, e))
define(F, "one_hot", "tensor, num_classes=-1", lambda x, n: TF.one_hot(x.long(), n))
define(F, "embedding", "input, weight, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False",
       lambda i, w, p, m, n, s: TF.embedding(i.long(), w, p, m, n, s))
define(F, "pad", "input, pad, mode='constant', value=None",
       lambda x, p, m, v: TF.pad(x, list(p), m, v if v is not None else 0.0) if m == "constant" else TF.pad(x, list(p), m))
define(F, "cross_entropy", "input, target, weight=None, ignore_index=-100, reduction='mean', label_smoothing=0.0",
       lambda x, y, w, i, r, ls: TF.cross_entropy(x, y if y.is_floating_point() else y.long(), w, ignore_index=i,
                                                  reduction=r, label_smoothing=ls))
define(F, "nll_loss", "input, target, weight=None, ignore_index=-100, reduction='mean'",
       lambda x, y, w, i, r: TF.nll_loss(x, y.long(), w, ignore_index=i, reduction=r))
define(F, "kl_div", "input, target, reduction='mean', log_target=False",
       lambda x, y, r, lt: TF.kl_div(x, y, reduction=r, log_target=lt))

globals().update(F)
