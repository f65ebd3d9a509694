"""msref (test instrument, NOT MindSpore): ``mindspore.mint.optim`` / ``experimental.optim`` (torch-style).

``optimizer(grads)`` applies torch's update rules (lr, betas, eps after bias correction).
"""
import torch

from ..nn.optim import Optimizer


class _TorchStyle(Optimizer):
    def __init__(self, params, lr, weight_decay):
        super().__init__(lr, params, 0.0, 1.0)
        self.lr, self.decay = lr, weight_decay


class SGD(_TorchStyle):
    def __init__(self, params, lr, momentum=0, dampening=0, weight_decay=0.0, nesterov=False, *, maximize=False):
        super().__init__(params, lr, weight_decay)
        self.momentum, self.dampening, self.nesterov, self.maximize = momentum, dampening, nesterov, maximize

    def update(self, param, grad, state):
        grad = -grad if self.maximize else grad
        if self.decay:
            grad = grad + self.decay * param._t
        if self.momentum:
            buf = state.get("buf")
            buf = grad.clone() if buf is None else self.momentum * buf + (1 - self.dampening) * grad
            state["buf"] = buf
            grad = grad + self.momentum * buf if self.nesterov else buf
        return param._t - self.lr * grad


class Adam(_TorchStyle):
    _decoupled = False

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0, amsgrad=False, *,
                 maximize=False):
        super().__init__(params, lr, weight_decay)
        self.betas, self.eps, self.amsgrad, self.maximize = betas, eps, amsgrad, maximize

    def update(self, param, grad, state):
        grad = -grad if self.maximize else grad
        value = param._t
        if self.decay and self._decoupled:
            value = value * (1 - self.lr * self.decay)
        elif self.decay:
            grad = grad + self.decay * value
        beta1, beta2 = self.betas
        m = beta1 * state.get("m", torch.zeros_like(value)) + (1 - beta1) * grad
        v = beta2 * state.get("v", torch.zeros_like(value)) + (1 - beta2) * grad * grad
        state["m"], state["v"] = m, v
        t = self.global_step
        v_used = v
        if self.amsgrad:
            v_used = torch.maximum(state.get("vmax", v), v)
            state["vmax"] = v_used
        denom = (v_used / (1 - beta2 ** t)).sqrt() + self.eps
        return value - self.lr / (1 - beta1 ** t) * m / denom


class AdamW(Adam):
    _decoupled = True

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=1e-2, amsgrad=False, *,
                 maximize=False):
        super().__init__(params, lr, betas, eps, weight_decay, amsgrad, maximize=maximize)
