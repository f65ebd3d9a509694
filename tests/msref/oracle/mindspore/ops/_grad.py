"""msref (test instrument, NOT MindSpore): functional autodiff (grad, value_and_grad) over torch autograd.

MindSpore semantics kept here: ``grad_position`` selects inputs (int -> one gradient, tuple -> a
tuple); with ``weights`` the weight gradients come back as a tuple (alone when grad_position is
None, else ``(input_grads, weight_grads)``); with ``has_aux`` only the first output is
differentiated; several outputs without has_aux are differentiated as their sum (sens = ones).
"""
import torch

from .._bridge import wrap
from ..common.parameter import Parameter
from ..common.tensor import Tensor


def _weights_list(weights):
    if weights is None:
        return []
    if isinstance(weights, Parameter):
        return [weights]
    return list(weights)


def _differentiable(output, has_aux):
    outputs = output if isinstance(output, tuple) else (output,)
    if has_aux:
        outputs = outputs[:1]
    return [o._t for o in outputs if isinstance(o, Tensor) and o._t.requires_grad]


def _compute(fn, args, grad_position, weights, has_aux):
    positions = () if grad_position is None else ((grad_position,) if isinstance(grad_position, int)
                                                  else tuple(grad_position))
    args = list(args)
    inputs = []
    for p in positions:
        leaf = args[p]._t.detach().clone().requires_grad_(True)
        args[p] = Tensor._from_torch(leaf)
        inputs.append(leaf)
    params = _weights_list(weights)
    saved = [p._t for p in params]
    for p in params:
        p._t = p._t.detach().requires_grad_(True)
    try:
        with torch.enable_grad():
            output = fn(*args)
            targets = _differentiable(output, has_aux)
            leaves = inputs + [p._t for p in params]
            if targets:
                grads = torch.autograd.grad([t for t in targets], leaves,
                                            grad_outputs=[torch.ones_like(t) for t in targets], allow_unused=True)
            else:
                grads = [None] * len(leaves)
        grads = [torch.zeros_like(leaf) if g is None else g for g, leaf in zip(grads, leaves)]
    finally:
        for p, original in zip(params, saved):
            p._t = p._t.detach() if p._t is not original else original
    input_grads = [wrap(g) for g in grads[:len(inputs)]]
    weight_grads = tuple(wrap(g) for g in grads[len(inputs):])
    if isinstance(grad_position, int):
        input_part = input_grads[0]
    else:
        input_part = tuple(input_grads)
    if weights is None:
        result = input_part
    elif grad_position is None:
        result = weight_grads
    else:
        result = (input_part, weight_grads)
    return _detach(output), result


def _detach(output):
    if isinstance(output, Tensor):
        return Tensor._from_torch(output._t.detach())
    if isinstance(output, tuple):
        return tuple(_detach(o) for o in output)
    return output


def grad(fn, grad_position=0, weights=None, has_aux=False, return_ids=False):
    def run(*args):
        value, grads = _compute(fn, args, grad_position, weights, has_aux)
        if has_aux:
            return grads, tuple(value[1:])
        return grads
    return run


def value_and_grad(fn, grad_position=0, weights=None, has_aux=False, return_ids=False):
    def run(*args):
        return _compute(fn, args, grad_position, weights, has_aux)
    return run


def jit(function=None, *args, **kwargs):
    if function is None or not callable(function):
        return lambda f: f
    return function
