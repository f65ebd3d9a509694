"""msref: a TEST-ONLY reference of MindSpore 2.6 semantics, backed by torch. It is NOT MindSpore.

It exists so the project's tests can run converted code (``import mindspore``) when this directory
is put first on sys.path, and compare it with the original PyTorch code. Its fidelity is measured
against MindSpore's own documented outputs (tests/msref/test_docstring_examples.py); only APIs whose
examples all pass count as trusted. It is never shipped.
"""
import random as _random

import numpy as _np
import torch as _torch

from . import _bridge  # noqa: F401
from .common import dtype
from .common.dtype import *  # noqa: F401,F403
from .common.dtype import (Type, bfloat16, bool_, complex64, complex128, dtype_to_nptype,  # noqa: F401
                           dtype_to_pytype, float16, float32, float64, int8, int16, int32, int64, pytype_to_dtype,
                           uint8)
from .common.initializer import initializer  # noqa: F401
from .common.parameter import Parameter, ParameterTuple  # noqa: F401
from .common.tensor import Tensor, from_numpy, is_tensor, tensor  # noqa: F401
from . import ops  # noqa: E402
from . import nn  # noqa: E402
from . import mint  # noqa: E402
from . import numpy  # noqa: E402,F401
from . import _tensor_methods  # noqa: E402,F401  (installs Tensor methods)
from . import context  # noqa: E402
from .context import GRAPH_MODE, PYNATIVE_MODE, get_context, set_context  # noqa: E402,F401
from .ops._grad import grad, jit, value_and_grad  # noqa: E402,F401
from .train import load_checkpoint, load_param_into_net, save_checkpoint  # noqa: E402,F401
from . import train  # noqa: E402,F401
from . import experimental  # noqa: E402,F401

__version__ = "2.6.0+msref.not.mindspore"
IS_MSREF = True
MSREF_NOTICE = "msref is a test-only reference of MindSpore semantics; it is not MindSpore."
nn._late_bindings()

ms_function = jit
common = __import__(__name__ + ".common", fromlist=["dtype"])


def set_seed(seed):
    """Seeds torch, numpy and random (msref draws random numbers from torch, not MindSpore's generators)."""
    _torch.manual_seed(seed)
    _np.random.seed(seed)
    _random.seed(seed)


def get_seed():
    return _torch.initial_seed()


def initial_seed():
    return _torch.initial_seed()


def seed():
    return _torch.seed()


def get_rng_state():
    return Tensor._from_torch(_torch.get_rng_state())


def set_rng_state(state):
    _torch.set_rng_state(state._t if isinstance(state, Tensor) else state)


manual_seed = set_seed


def set_device(device_target, device_id=None):
    context.set_context(device_target=device_target)


def run_check():
    print("msref: this is the test reference of MindSpore semantics, not MindSpore.")
