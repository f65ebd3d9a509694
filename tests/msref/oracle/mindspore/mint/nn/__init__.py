"""msref (test instrument, NOT MindSpore): ``mindspore.mint.nn`` (PyTorch-aligned layers)."""
import torch
import torch.nn.functional as TF

from ...nn.cell import Cell  # noqa: F401
from ...nn.layer.activation import _cell
from ...nn.layer.basic import DropoutExt as Dropout, Identity, Linear  # noqa: F401
from ...nn.layer.embedding import EmbeddingExt as Embedding  # noqa: F401
from ...nn.layer.padding import (ConstantPad1d, ConstantPad2d, ConstantPad3d, ReflectionPad1d,  # noqa: F401
                                 ReflectionPad2d, ReflectionPad3d, ReplicationPad1d, ReplicationPad2d,
                                 ReplicationPad3d, ZeroPad1d, ZeroPad2d, ZeroPad3d)
from ...nn.layer.pooling import (AdaptiveAvgPool1d, AdaptiveAvgPool2d, AdaptiveAvgPool3d,  # noqa: F401
                                 AdaptiveMaxPool1d, AdaptiveMaxPool2d, AvgPool1dExt as AvgPool1d,
                                 AvgPool2dExt as AvgPool2d, AvgPool3dExt as AvgPool3d, MaxPool2dExt as MaxPool2d,
                                 MaxUnpool2d)
from . import functional  # noqa: F401
from .functional import _softmax_dim
from .layers import (BatchNorm1d, BatchNorm2d, BatchNorm3d, Conv1d, Conv2d, Conv3d, ConvTranspose2d,  # noqa: F401
                     GroupNorm, LayerNorm, PReLU)

ReLU = _cell("ReLU", TF.relu)
ReLU6 = _cell("ReLU6", lambda x, inplace: TF.relu6(x), (("inplace", False),))
SiLU = _cell("SiLU", TF.silu)
Sigmoid = _cell("Sigmoid", torch.sigmoid)
Tanh = _cell("Tanh", torch.tanh)
SELU = _cell("SELU", TF.selu)
Mish = _cell("Mish", TF.mish)
LogSigmoid = _cell("LogSigmoid", TF.logsigmoid)
Hardsigmoid = _cell("Hardsigmoid", TF.hardsigmoid)
Hardswish = _cell("Hardswish", TF.hardswish)
Hardshrink = _cell("Hardshrink", lambda x, l: TF.hardshrink(x, l), (("lambd", 0.5),))
Softshrink = _cell("Softshrink", lambda x, l: TF.softshrink(x, l), (("lambd", 0.5),))
ELU = _cell("ELU", lambda x, a, i: TF.elu(x, a), (("alpha", 1.0), ("inplace", False)))
GELU = _cell("GELU", lambda x, a: TF.gelu(x, approximate=a), (("approximate", "none"),))
Hardtanh = _cell("Hardtanh", lambda x, lo, hi, i: TF.hardtanh(x, lo, hi),
                 (("min_val", -1.0), ("max_val", 1.0), ("inplace", False)))
Threshold = _cell("Threshold", lambda x, th, v, i: TF.threshold(x, th, v),
                  (("threshold", None), ("value", None), ("inplace", False)))
Softmax = _cell("Softmax", lambda x, d: torch.softmax(x, _softmax_dim(x, d)), (("dim", None),))
LogSoftmax = _cell("LogSoftmax", lambda x, d: torch.log_softmax(x, _softmax_dim(x, d)), (("dim", None),))
GLU = _cell("GLU", lambda x, d: TF.glu(x, d), (("dim", -1),))
Flatten = _cell("Flatten", lambda x, s, e: torch.flatten(x, s, e), (("start_dim", 1), ("end_dim", -1)))
Upsample = _cell("Upsample", lambda x, s, f, m, a, r: TF.interpolate(x, s, f, m, a, r),
                 (("size", None), ("scale_factor", None), ("mode", "nearest"), ("align_corners", None),
                  ("recompute_scale_factor", None)))
UpsamplingNearest2d = _cell("UpsamplingNearest2d", lambda x, s, f: TF.interpolate(x, s, f, "nearest"),
                            (("size", None), ("scale_factor", None)))
UpsamplingBilinear2d = _cell("UpsamplingBilinear2d",
                             lambda x, s, f: TF.interpolate(x, s, f, "bilinear", align_corners=True),
                             (("size", None), ("scale_factor", None)))
PixelShuffle = _cell("PixelShuffle", lambda x, u: TF.pixel_shuffle(x, u), (("upscale_factor", None),))
Dropout2d = _cell("Dropout2d", lambda x, p, i: x, (("p", 0.5), ("inplace", False)))


def _loss(name, fn, params):
    return _cell(name, fn, params)


MSELoss = _loss("MSELoss", lambda x, y, r: TF.mse_loss(x, y, reduction=r), (("reduction", "mean"),))
L1Loss = _loss("L1Loss", lambda x, y, r: TF.l1_loss(x, y, reduction=r), (("reduction", "mean"),))
SmoothL1Loss = _loss("SmoothL1Loss", lambda x, y, r, b: TF.smooth_l1_loss(x, y, reduction=r, beta=b),
                     (("reduction", "mean"), ("beta", 1.0)))
BCELoss = _loss("BCELoss", lambda x, y, w, r: TF.binary_cross_entropy(x, y, w, reduction=r),
                (("weight", None), ("reduction", "mean")))
BCEWithLogitsLoss = _loss("BCEWithLogitsLoss",
                          lambda x, y, w, r, pw: TF.binary_cross_entropy_with_logits(x, y, w, reduction=r,
                                                                                     pos_weight=pw),
                          (("weight", None), ("reduction", "mean"), ("pos_weight", None)))
CrossEntropyLoss = _loss("CrossEntropyLoss",
                         lambda x, y, w, i, r, ls: TF.cross_entropy(x, y if y.is_floating_point() else y.long(), w,
                                                                    ignore_index=i, reduction=r, label_smoothing=ls),
                         (("weight", None), ("ignore_index", -100), ("reduction", "mean"),
                          ("label_smoothing", 0.0)))
NLLLoss = _loss("NLLLoss", lambda x, y, w, i, r: TF.nll_loss(x, y.long(), w, ignore_index=i, reduction=r),
                (("weight", None), ("ignore_index", -100), ("reduction", "mean")))
KLDivLoss = _loss("KLDivLoss", lambda x, y, r, lt: TF.kl_div(x, y, reduction=r, log_target=lt),
                  (("reduction", "mean"), ("log_target", False)))
SoftMarginLoss = _loss("SoftMarginLoss", lambda x, y, r: TF.soft_margin_loss(x, y, reduction=r),
                       (("reduction", "mean"),))
