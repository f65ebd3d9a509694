"""msref (test instrument, NOT MindSpore): optimizers of mindspore.nn (``optimizer(grads)`` updates in place).

MindSpore facts kept here: nn.SGD(params, learning_rate=0.1, momentum=0.0, dampening=0.0,
weight_decay=0.0, nesterov=False, loss_scale=1.0); nn.Momentum(params, learning_rate, momentum,
weight_decay=0.0, loss_scale=1.0, use_nesterov=False) with accum = momentum * accum + grad;
nn.Adam(params, learning_rate=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, ..., weight_decay=0.0) whose
step is lr * sqrt(1 - beta2^t) / (1 - beta1^t) * m / (sqrt(v) + eps) (eps outside the bias
correction, unlike torch).
"""
import torch

from ..common.parameter import Parameter
from ..common.tensor import Tensor
from .cell import Cell


def _group_params(params):
    params = list(params)
    if params and isinstance(params[0], dict):
        flat = []
        for group in params:
            flat.extend(group["params"])
        return flat
    return params


class Optimizer(Cell):
    """Base of the msref optimizers (not MindSpore)."""

    def __init__(self, learning_rate, parameters, weight_decay=0.0, loss_scale=1.0):
        super().__init__(auto_prefix=False)
        self.learning_rate = float(learning_rate.asnumpy()) if isinstance(learning_rate, Tensor) else learning_rate
        object.__setattr__(self, "_parameters", _group_params(parameters))
        self.weight_decay, self.loss_scale = weight_decay, loss_scale
        object.__setattr__(self, "state", {})
        self.global_step = 0

    @property
    def parameters(self):
        return tuple(self._parameters)

    def get_lr(self):
        return self.learning_rate

    def construct(self, gradients):
        self.global_step += 1
        with torch.no_grad():
            for param, grad in zip(self._parameters, gradients):
                g = grad._t.to(param._t.dtype) / self.loss_scale
                if self.weight_decay and not _is_norm_or_bias(param):
                    g = g + self.weight_decay * param._t
                param._t = self.update(param, g, self.state.setdefault(id(param), {})).detach()
        return True

    def update(self, param, grad, state):
        raise NotImplementedError


def _is_norm_or_bias(param):
    return False


class SGD(Optimizer):
    def __init__(self, params, learning_rate=0.1, momentum=0.0, dampening=0.0, weight_decay=0.0, nesterov=False,
                 loss_scale=1.0):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        self.momentum, self.dampening, self.nesterov = momentum, dampening, nesterov

    def update(self, param, grad, state):
        if self.momentum:
            buf = state.get("accum")
            buf = grad.clone() if buf is None else self.momentum * buf + (1 - self.dampening) * grad
            state["accum"] = buf
            grad = grad + self.momentum * buf if self.nesterov else buf
        return param._t - self.learning_rate * grad


class Momentum(Optimizer):
    def __init__(self, params, learning_rate, momentum, weight_decay=0.0, loss_scale=1.0, use_nesterov=False):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        self.momentum, self.use_nesterov = momentum, use_nesterov

    def update(self, param, grad, state):
        accum = state.get("moments", torch.zeros_like(param._t))
        accum = self.momentum * accum + grad
        state["moments"] = accum
        if self.use_nesterov:
            return param._t - self.learning_rate * (grad + self.momentum * accum)
        return param._t - self.learning_rate * accum


def _adam_moments(optimizer, param, grad, state):
    """Adam's first and second moments after this gradient, kept in ``state``."""
    m = state.get("m", torch.zeros_like(param._t))
    v = state.get("v", torch.zeros_like(param._t))
    m = optimizer.beta1 * m + (1 - optimizer.beta1) * grad
    v = optimizer.beta2 * v + (1 - optimizer.beta2) * grad * grad
    state["m"], state["v"] = m, v
    return m, v


class Adam(Optimizer):
    def __init__(self, params, learning_rate=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, use_locking=False,
                 use_nesterov=False, weight_decay=0.0, loss_scale=1.0, use_amsgrad=False, **kwargs):
        super().__init__(learning_rate, params, weight_decay, loss_scale)
        self.beta1, self.beta2, self.eps = beta1, beta2, eps

    def update(self, param, grad, state):
        m, v = _adam_moments(self, param, grad, state)
        t = self.global_step
        lr_t = self.learning_rate * (1 - self.beta2 ** t) ** 0.5 / (1 - self.beta1 ** t)
        return param._t - lr_t * m / (torch.sqrt(v) + self.eps)


class AdamWeightDecay(Optimizer):
    def __init__(self, params, learning_rate=1e-3, beta1=0.9, beta2=0.999, eps=1e-6, weight_decay=0.0):
        super().__init__(learning_rate, params, 0.0, 1.0)
        self.beta1, self.beta2, self.eps, self.decay = beta1, beta2, eps, weight_decay

    def update(self, param, grad, state):
        m, v = _adam_moments(self, param, grad, state)
        update = m / (torch.sqrt(v) + self.eps) + self.decay * param._t
        return param._t - self.learning_rate * update


_ = Parameter
