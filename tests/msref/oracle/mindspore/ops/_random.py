"""msref (test instrument, NOT MindSpore): random functions, drawn from torch's RNG.

Values never equal MindSpore's (different generators); only shapes, dtypes and ranges are meant
to agree, which is why docstring examples flagged 'random' are not used to judge fidelity.
"""
import torch

from .._bridge import tdtype
from ._array import _shape
from ._define import define

F = {}


def _dt(dtype, default=torch.float32):
    return tdtype(dtype) if dtype is not None else default


define(F, "rand", "*size, dtype=None, seed=None", lambda *a: torch.rand(_shape(a[:-2] if len(a[:-2]) != 1 else a[0]),
                                                                         dtype=_dt(a[-2])))
define(F, "randn", "*size, dtype=None, seed=None", lambda *a: torch.randn(_shape(a[:-2] if len(a[:-2]) != 1 else a[0]),
                                                                           dtype=_dt(a[-2])))
define(F, "rand_like", "input, seed=None, *, dtype=None", lambda x, s, d: torch.rand_like(x, dtype=tdtype(d)))
define(F, "randn_like", "input, seed=None, *, dtype=None", lambda x, s, d: torch.randn_like(x, dtype=tdtype(d)))
define(F, "randint", "low, high, size, seed=None, *, dtype=None",
       lambda lo, hi, s, seed, d: torch.randint(lo, hi, _shape(s), dtype=_dt(d, torch.int64)))
define(F, "randint_like", "input, low, high, seed=None, *, dtype=None",
       lambda x, lo, hi, s, d: torch.randint_like(x, lo, hi, dtype=tdtype(d)))
define(F, "randperm", "n, seed=0, offset=0, dtype=mstype.int64", lambda n, s, o, d: torch.randperm(n, dtype=tdtype(d)))
define(F, "standard_normal", "shape, seed=None", lambda s, seed: torch.randn(_shape(s)))
define(F, "uniform", "shape, minval, maxval, seed=None, dtype=mstype.float32",
       lambda s, lo, hi, seed, d: torch.rand(_shape(s), dtype=tdtype(d)) * (hi - lo) + lo)
define(F, "normal", "shape, mean, stddev, seed=None", lambda s, m, sd, seed: torch.randn(_shape(s)) * sd + m)
define(F, "bernoulli", "input, p=0.5, seed=None", lambda x, p, s: torch.bernoulli(
    p.float().expand(x.shape) if isinstance(p, torch.Tensor) else torch.full_like(x, p, dtype=torch.float32)).to(x.dtype))
define(F, "multinomial", "input, num_samples, replacement=True, seed=None",
       lambda x, n, r, s: torch.multinomial(x, n, r))
define(F, "shuffle", "x, seed=None", lambda x, s: x[torch.randperm(x.shape[0])])
