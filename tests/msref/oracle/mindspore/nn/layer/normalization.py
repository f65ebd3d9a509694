"""msref (test instrument, NOT MindSpore): BatchNorm, LayerNorm, GroupNorm, InstanceNorm of mindspore.nn.

MindSpore facts kept here: BatchNorm's ``momentum=0.9`` weighs the *running* statistic
(moving = momentum * moving + (1 - momentum) * batch, i.e. torch momentum = 1 - ms momentum); its
parameters are gamma/beta/moving_mean/moving_variance, created with the names
"gamma"/"beta"/"mean"/"variance"; it uses batch statistics only in training mode (or with
use_batch_statistics=True). LayerNorm's epsilon defaults to 1e-7 and normalises from
``begin_norm_axis``; its parameters are gamma/beta.
"""
import torch
import torch.nn.functional as TF

from ..._bridge import op
from ...common import dtype as mstype
from ...common.initializer import initializer
from ...common.parameter import Parameter
from ..cell import Cell


@op
def _batch_norm(x, mean, var, gamma, beta, training, momentum, eps):
    with torch.no_grad():
        running_mean, running_var = mean, var
    return TF.batch_norm(x, running_mean, running_var, gamma, beta, training, momentum, eps)


class _BatchNorm(Cell):
    _dims = (2, 3, 4)

    def __init__(self, num_features, eps=1e-5, momentum=0.9, affine=True, gamma_init="ones", beta_init="zeros",
                 moving_mean_init="zeros", moving_var_init="ones", use_batch_statistics=None, data_format="NCHW",
                 dtype=mstype.float32):
        super().__init__()
        if not 0 <= momentum <= 1:
            raise ValueError(f"For '{self.cls_name}', the 'momentum' must be a number in range [0, 1], "
                             f"but got {momentum}.")
        self.num_features, self.eps, self.use_batch_statistics = num_features, eps, use_batch_statistics
        self.momentum = 1.0 - momentum
        self.moving_mean = Parameter(initializer(moving_mean_init, num_features, dtype), name="mean",
                                     requires_grad=False)
        self.moving_variance = Parameter(initializer(moving_var_init, num_features, dtype), name="variance",
                                         requires_grad=False)
        self.gamma = Parameter(initializer(gamma_init, num_features, dtype), name="gamma", requires_grad=affine)
        self.beta = Parameter(initializer(beta_init, num_features, dtype), name="beta", requires_grad=affine)

    def construct(self, x):
        if x.ndim not in self._dims:
            raise ValueError(f"For '{self.cls_name}', the input dims must be in {self._dims}, but got {x.ndim}.")
        use_batch = self.training if self.use_batch_statistics is None else self.use_batch_statistics
        return _batch_norm(x, self.moving_mean, self.moving_variance, self.gamma, self.beta, use_batch,
                           self.momentum, self.eps)

    def extend_repr(self):
        return (f"num_features={self.num_features}, eps={self.eps}, momentum={1.0 - self.momentum}, "
                f"gamma={self.gamma}, beta={self.beta}, moving_mean={self.moving_mean}, "
                f"moving_variance={self.moving_variance}")


class BatchNorm1d(_BatchNorm):
    """msref: ``mindspore.nn.BatchNorm1d`` (not MindSpore); input (N, C) or (N, C, L)."""
    _dims = (2, 3)


class BatchNorm2d(_BatchNorm):
    """msref: ``mindspore.nn.BatchNorm2d`` (not MindSpore)."""
    _dims = (4,)


class BatchNorm3d(_BatchNorm):
    """msref: ``mindspore.nn.BatchNorm3d`` (not MindSpore)."""
    _dims = (5,)

    def __init__(self, num_features, eps=1e-5, momentum=0.9, affine=True, gamma_init="ones", beta_init="zeros",
                 moving_mean_init="zeros", moving_var_init="ones", use_batch_statistics=None, dtype=mstype.float32):
        super().__init__(num_features, eps, momentum, affine, gamma_init, beta_init, moving_mean_init,
                         moving_var_init, use_batch_statistics, "NCDHW", dtype)


@op
def _layer_norm(x, gamma, beta, begin_norm_axis, begin_params_axis, eps):
    axes = tuple(range(begin_norm_axis % x.dim(), x.dim()))
    mean = x.mean(dim=axes, keepdim=True)
    var = ((x - mean) ** 2).mean(dim=axes, keepdim=True)
    y = (x - mean) / torch.sqrt(var + eps)
    params_start = begin_params_axis % x.dim()
    shape = (1,) * params_start + tuple(x.shape[params_start:])
    return y * gamma.to(x.dtype).reshape(shape) + beta.to(x.dtype).reshape(shape)


class LayerNorm(Cell):
    """msref: ``mindspore.nn.LayerNorm`` (epsilon=1e-7 default; not MindSpore)."""

    def __init__(self, normalized_shape, begin_norm_axis=-1, begin_params_axis=-1, gamma_init="ones",
                 beta_init="zeros", epsilon=1e-7, dtype=mstype.float32):
        super().__init__()
        if not isinstance(normalized_shape, (tuple, list)):
            raise TypeError(f"For 'LayerNorm', the type of 'normalized_shape' must be tuple[int] or list[int], "
                            f"but got {normalized_shape} and the type is {type(normalized_shape)}.")
        self.normalized_shape = normalized_shape
        self.begin_norm_axis, self.begin_params_axis, self.epsilon = begin_norm_axis, begin_params_axis, epsilon
        self.gamma = Parameter(initializer(gamma_init, normalized_shape, dtype), name="gamma")
        self.beta = Parameter(initializer(beta_init, normalized_shape, dtype), name="beta")

    def construct(self, input_x):
        return _layer_norm(input_x, self.gamma, self.beta, self.begin_norm_axis, self.begin_params_axis,
                           self.epsilon)

    def extend_repr(self):
        return (f"normalized_shape={self.normalized_shape}, begin_norm_axis={self.begin_norm_axis}, "
                f"begin_params_axis={self.begin_params_axis}, gamma{self.gamma}, beta={self.beta}")


class GroupNorm(Cell):
    """msref: ``mindspore.nn.GroupNorm`` (gamma/beta; not MindSpore)."""

    def __init__(self, num_groups, num_channels, eps=1e-05, affine=True, gamma_init="ones", beta_init="zeros",
                 dtype=mstype.float32):
        super().__init__()
        if num_channels % num_groups:
            raise ValueError("For 'GroupNorm', the 'num_channels' must be divided by 'num_groups'.")
        self.num_groups, self.num_channels, self.eps, self.affine = num_groups, num_channels, eps, affine
        self.gamma = Parameter(initializer(gamma_init, num_channels, dtype), name="gamma", requires_grad=affine)
        self.beta = Parameter(initializer(beta_init, num_channels, dtype), name="beta", requires_grad=affine)

    def construct(self, x):
        return op(lambda t, g, b: TF.group_norm(t, self.num_groups, g.to(t.dtype), b.to(t.dtype), self.eps))(
            x, self.gamma, self.beta)

    def extend_repr(self):
        return f"num_groups={self.num_groups}, num_channels={self.num_channels}"


class _InstanceNorm(Cell):
    def __init__(self, num_features, eps=1e-5, momentum=0.1, affine=True, gamma_init="ones", beta_init="zeros",
                 dtype=mstype.float32):
        super().__init__()
        self.num_features, self.eps, self.momentum = num_features, eps, momentum
        self.moving_mean = Parameter(initializer("zeros", num_features, dtype), name="mean", requires_grad=False)
        self.moving_variance = Parameter(initializer("ones", num_features, dtype), name="variance",
                                         requires_grad=False)
        self.gamma = Parameter(initializer(gamma_init, num_features, dtype), name="gamma", requires_grad=affine)
        self.beta = Parameter(initializer(beta_init, num_features, dtype), name="beta", requires_grad=affine)

    def construct(self, x):
        return op(lambda t, g, b: TF.instance_norm(t, None, None, g, b, True, self.momentum, self.eps))(
            x, self.gamma, self.beta)


class InstanceNorm1d(_InstanceNorm):
    pass


class InstanceNorm2d(_InstanceNorm):
    pass


class InstanceNorm3d(_InstanceNorm):
    pass
