"""msref (test instrument, NOT MindSpore): loss cells of mindspore.nn (construct(logits, labels)).

MindSpore facts kept here: SmoothL1Loss defaults to reduction='none' (torch: 'mean');
SoftmaxCrossEntropyWithLogits(sparse=False, reduction='none'); the others follow torch defaults.
"""
import torch
import torch.nn.functional as TF

from .._bridge import op
from ..ops._nn import F as NN, _reduce
from .cell import Cell, bind_hyper_parameters


class LossBase(Cell):
    """msref: ``mindspore.nn.LossBase(reduction='mean')`` with get_loss (not MindSpore)."""

    def __init__(self, reduction="mean"):
        super().__init__()
        if reduction not in ("mean", "sum", "none"):
            raise ValueError(f"For '{self.cls_name}', the 'reduction' must be in ['mean', 'sum', 'none'], "
                             f"but got {reduction}.")
        self.reduction = reduction

    def get_axis(self, x):
        return tuple(range(x.ndim))

    def get_loss(self, x, weights=1.0):
        return op(lambda t, w: _reduce(t.float() * w if isinstance(w, torch.Tensor) else t * w, self.reduction)
                  .to(t.dtype))(x, weights)

    def construct(self, logits, labels):
        raise NotImplementedError


def _loss(name, fn, params=(("reduction", "mean"),), construct_arity=2):
    names = [p for p, _ in params]

    def __init__(self, *args, **kwargs):
        values = bind_hyper_parameters(name, params, args, kwargs)
        LossBase.__init__(self, values.get("reduction", "mean"))
        for key, value in values.items():
            object.__setattr__(self, key, value)

    def construct(self, *inputs):
        hyper = {k: getattr(self, k) for k in names}
        return fn(*inputs[:construct_arity], **hyper)

    return type(name, (LossBase,), {"__init__": __init__, "construct": construct,
                                    "__doc__": f"msref: mindspore.nn.{name} (not MindSpore)."})


L1Loss = _loss("L1Loss", lambda x, y, reduction: NN["l1_loss"](x, y, reduction))
MSELoss = _loss("MSELoss", lambda x, y, reduction: NN["mse_loss"](x, y, reduction))
SmoothL1Loss = _loss("SmoothL1Loss", lambda x, y, beta, reduction: NN["smooth_l1_loss"](x, y, beta, reduction),
                     (("beta", 1.0), ("reduction", "none")))
HuberLoss = _loss("HuberLoss", lambda x, y, reduction, delta: NN["huber_loss"](x, y, reduction, delta),
                  (("reduction", "mean"), ("delta", 1.0)))
SoftMarginLoss = _loss("SoftMarginLoss", lambda x, y, reduction: NN["soft_margin_loss"](x, y, reduction))
BCELoss = _loss("BCELoss", lambda x, y, weight, reduction: NN["binary_cross_entropy"](x, y, weight, reduction),
                (("weight", None), ("reduction", "mean")))
BCEWithLogitsLoss = _loss(
    "BCEWithLogitsLoss",
    lambda x, y, reduction, weight, pos_weight: NN["binary_cross_entropy_with_logits"](x, y, weight, pos_weight,
                                                                                       reduction),
    (("reduction", "mean"), ("weight", None), ("pos_weight", None)))
CrossEntropyLoss = _loss(
    "CrossEntropyLoss",
    lambda x, y, weight, ignore_index, reduction, label_smoothing: NN["cross_entropy"](
        x, y, weight, ignore_index, reduction, label_smoothing),
    (("weight", None), ("ignore_index", -100), ("reduction", "mean"), ("label_smoothing", 0.0)))
NLLLoss = _loss("NLLLoss", lambda x, y, weight, ignore_index, reduction: NN["nll_loss"](
    x, y, weight, ignore_index, reduction), (("weight", None), ("ignore_index", -100), ("reduction", "mean")))
KLDivLoss = _loss("KLDivLoss", lambda x, y, reduction: NN["kl_div"](x, y, reduction))
MarginRankingLoss = _loss("MarginRankingLoss", lambda a, b, y, margin, reduction: NN["margin_ranking_loss"](
    a, b, y, margin, reduction), (("margin", 0.0), ("reduction", "mean")), 3)
CosineEmbeddingLoss = _loss("CosineEmbeddingLoss", lambda a, b, y, margin, reduction: NN["cosine_embedding_loss"](
    a, b, y, margin, reduction), (("margin", 0.0), ("reduction", "mean")), 3)
HingeEmbeddingLoss = _loss("HingeEmbeddingLoss", lambda x, y, margin, reduction: NN["hinge_embedding_loss"](
    x, y, margin, reduction), (("margin", 1.0), ("reduction", "mean")))
MultiLabelSoftMarginLoss = _loss("MultiLabelSoftMarginLoss", lambda x, y, weight, reduction: NN[
    "multilabel_soft_margin_loss"](x, y, weight, reduction), (("weight", None), ("reduction", "mean")))
MultilabelMarginLoss = _loss("MultilabelMarginLoss", lambda x, y, reduction: NN["multilabel_margin_loss"](
    x, y, reduction))
PoissonNLLLoss = _loss("PoissonNLLLoss", lambda x, y, log_input, full, eps, reduction: NN["poisson_nll_loss"](
    x, y, log_input, full, eps, reduction), (("log_input", True), ("full", False), ("eps", 1e-8),
                                             ("reduction", "mean")))


class MultiMarginLoss(LossBase):
    def __init__(self, p=1, margin=1.0, reduction="mean", weight=None):
        super().__init__(reduction)
        self.p, self.margin, self.weight = p, margin, weight

    def construct(self, x, target, weight=None):
        return NN["multi_margin_loss"](x, target, self.p, self.margin, weight if weight is not None else self.weight,
                                       self.reduction)


class TripletMarginLoss(LossBase):
    def __init__(self, p=2, swap=False, eps=1e-06, reduction="mean", margin=1.0):
        super().__init__(reduction)
        self.p, self.swap, self.eps, self.margin = p, swap, eps, margin

    def construct(self, x, positive, negative, margin=1.0):
        return NN["triplet_margin_loss"](x, positive, negative, margin, self.p, self.eps, self.swap, self.reduction)


class GaussianNLLLoss(LossBase):
    def __init__(self, *, full=False, eps=1e-06, reduction="mean"):
        super().__init__(reduction)
        self.full, self.eps = full, eps

    def construct(self, logits, labels, var):
        return NN["gaussian_nll_loss"](logits, labels, var, self.full, self.eps, self.reduction)


class SoftmaxCrossEntropyWithLogits(LossBase):
    """msref: ``mindspore.nn.SoftmaxCrossEntropyWithLogits(sparse=False, reduction='none')``."""

    def __init__(self, sparse=False, reduction="none"):
        super().__init__(reduction)
        self.sparse = sparse

    def construct(self, logits, labels):
        def compute(x, y):
            if self.sparse:
                y = TF.one_hot(y.long(), x.shape[-1]).to(x.dtype)
            return _reduce(-(y * torch.log_softmax(x, -1)).sum(-1), self.reduction)
        return op(compute)(logits, labels)


class RMSELoss(LossBase):
    def __init__(self):
        super().__init__()

    def construct(self, logits, label):
        return op(lambda x, y: torch.sqrt(((x - y) ** 2).mean()))(logits, label)


class MAELoss(LossBase):
    def construct(self, logits, label):
        return op(lambda x, y: _reduce(torch.abs(x - y), self.reduction))(logits, label)


class FocalLoss(LossBase):
    def __init__(self, weight=None, gamma=2.0, reduction="mean"):
        super().__init__(reduction)
        self.weight, self.gamma = weight, gamma

    def construct(self, logits, labels):
        def compute(x, y, w):
            log_p = torch.log_softmax(x, 1)
            if y.dim() == 1 or y.shape != x.shape:
                y = TF.one_hot(y.long().reshape(x.shape[0], *x.shape[2:]), x.shape[1]).movedim(-1, 1).to(x.dtype)
            loss = -((1 - log_p.exp()) ** self.gamma) * log_p * y
            if w is not None:
                loss = loss * w.reshape((1, -1) + (1,) * (x.dim() - 2))
            return _reduce(loss.sum(1), self.reduction) if self.reduction != "mean" else loss.sum(1).mean()
        return op(compute)(logits, labels, self.weight)


class DiceLoss(Cell):
    def __init__(self, smooth=1e-5):
        super().__init__()
        self.smooth = smooth

    def construct(self, logits, label):
        def compute(x, y):
            inter = (x * y).sum()
            union = (x * x).sum() + (y * y).sum()
            return 1 - (2 * inter + self.smooth) / (union + self.smooth)
        return op(compute)(logits, label)
