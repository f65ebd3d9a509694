"""msref (test instrument, NOT MindSpore): products and linear algebra of mindspore.ops."""
import torch

from .._bridge import tdtype
from ._define import define
from ._elementwise import t

F = {}


def _matmul(a, b):
    a, b = t(a), t(b)
    if a.dtype != b.dtype:
        common = torch.promote_types(a.dtype, b.dtype)
        a, b = a.to(common), b.to(common)
    return torch.matmul(a, b)


define(F, "matmul", "input, other", _matmul)
define(F, "bmm", "input_x, mat2", _matmul)
define(F, "mm", "input, mat2", lambda a, b: torch.mm(a, b))
define(F, "mv", "mat, vec", lambda a, b: torch.mv(a, b))
define(F, "dot", "input, other",
       lambda a, b: torch.tensordot(a, b, dims=([-1], [-2 if b.dim() > 1 else -1])))
define(F, "inner", "input, other", lambda a, b: torch.inner(a, t(b, like=a)))
define(F, "outer", "input, vec2", lambda a, b: torch.outer(a, b))
define(F, "ger", "input, vec2", lambda a, b: torch.outer(a, b))
define(F, "kron", "input, other", lambda a, b: torch.kron(a, b))
define(F, "vecdot", "x, y, *, axis=-1", lambda x, y, a: torch.sum(x.conj() * y, dim=a))
# MindSpore computes these with matmul, so 2-D "batches" work too (as its own examples show).
define(F, "baddbmm", "input, batch1, batch2, beta=1, alpha=1",
       lambda i, a, b, beta, alpha: beta * i + alpha * torch.matmul(a, b))
define(F, "addbmm", "input, batch1, batch2, *, beta=1, alpha=1",
       lambda i, a, b, beta, alpha: beta * i + alpha * torch.matmul(a, b).sum(0))
define(F, "addmm", "input, mat1, mat2, *, beta=1, alpha=1",
       lambda i, a, b, beta, alpha: torch.addmm(i, a, b, beta=beta, alpha=alpha))
define(F, "addmv", "input, mat, vec, *, beta=1, alpha=1",
       lambda i, a, b, beta, alpha: torch.addmv(i, a, b, beta=beta, alpha=alpha))
define(F, "addr", "x, vec1, vec2, *, beta=1, alpha=1",
       lambda i, a, b, beta, alpha: torch.addr(i, a, b, beta=beta, alpha=alpha))


def _einsum(equation, *operands):
    if len(operands) == 1 and isinstance(operands[0], (list, tuple)):
        operands = operands[0]
    return torch.einsum(equation, *operands)


define(F, "einsum", "equation, *operands", _einsum)
define(F, "einsum_ext", "equation, *operands", _einsum)


def _tensor_dot(a, b, axes):
    if isinstance(axes, int):
        return torch.tensordot(a, b, dims=axes)
    first, second = axes
    first = [first] if isinstance(first, int) else list(first)
    second = [second] if isinstance(second, int) else list(second)
    return torch.tensordot(a, b, dims=(first, second))


define(F, "tensor_dot", "x1, x2, axes", _tensor_dot)


def _batch_dot(x1, x2, axes):
    if axes is None:
        axes = (x1.dim() - 1, x2.dim() - 1 if x2.dim() == 2 else x2.dim() - 2)
    if isinstance(axes, int):
        axes = (axes, axes)
    a1, a2 = (a % x.dim() for a, x in zip(axes, (x1, x2)))
    x1 = torch.movedim(x1, a1, -1)
    x2 = torch.movedim(x2, a2, 1)
    b = x1.shape[0]
    left = x1.reshape(b, -1, x1.shape[-1])
    right = x2.reshape(b, x2.shape[1], -1)
    out = torch.bmm(left, right)
    shape = (b,) + tuple(x1.shape[1:-1]) + tuple(x2.shape[2:])
    out = out.reshape(shape)
    return out.unsqueeze(-1) if out.dim() == 1 else out


define(F, "batch_dot", "x1, x2, axes=None", _batch_dot)
define(F, "inverse", "input", lambda x: torch.linalg.inv(x))
define(F, "matrix_inverse", "x, adjoint=False", lambda x, a: torch.linalg.inv(x.mH if a else x))
define(F, "det", "input", lambda x: torch.linalg.det(x))
define(F, "logdet", "input", lambda x: torch.logdet(x))
define(F, "slogdet", "input", lambda x: tuple(torch.linalg.slogdet(x)))
define(F, "cholesky", "input_x, upper=False", lambda x, u: torch.linalg.cholesky(x, upper=u))
define(F, "cholesky_inverse", "input_x, upper=False", lambda x, u: torch.cholesky_inverse(x, upper=u))
define(F, "cholesky_solve", "input, input2, upper=False", lambda b, l, u: torch.cholesky_solve(b, l, upper=u))
define(F, "pinv", "x, *, atol=None, rtol=None, hermitian=False",
       lambda x, a, r, h: torch.linalg.pinv(x, atol=a, rtol=r, hermitian=h))
define(F, "qr", "input, mode='reduced'", lambda x, m: tuple(torch.linalg.qr(x, mode=m)))


def _svd(x, full, compute_uv):
    if not compute_uv:
        return torch.linalg.svdvals(x)
    u, s, vh = torch.linalg.svd(x, full_matrices=full)
    return s, u, vh.mH


define(F, "svd", "input, full_matrices=False, compute_uv=True", _svd)
define(F, "matrix_power", "input, n", lambda x, n: torch.linalg.matrix_power(x, n))
define(F, "matrix_exp", "input", lambda x: torch.linalg.matrix_exp(x))
define(F, "matrix_solve", "matrix, rhs, adjoint=False", lambda a, b, adj: torch.linalg.solve(a.mH if adj else a, b))
define(F, "cond", "A, p=None", lambda a, p: torch.linalg.cond(a, p))
define(F, "eigvals", "A", lambda a: torch.linalg.eigvals(a))
define(F, "eig", "A", lambda a: tuple(torch.linalg.eig(a)))
define(F, "lstsq", "input, A", lambda x, a: torch.linalg.lstsq(x, a).solution)
define(F, "cdist", "x1, x2, p=2.0", lambda a, b, p: torch.cdist(a, b, p=p))
define(F, "pdist", "input, p=2.0", lambda x, p: torch.pdist(x, p=p))
define(F, "triangular_solve", "b, A, upper=True, transpose=False, unitriangular=False",
       lambda b, a, u, tr, un: tuple(torch.triangular_solve(b, a, upper=u, transpose=tr, unitriangular=un)))
define(F, "geqrf", "input", lambda x: tuple(torch.geqrf(x)))
define(F, "orgqr", "input, input2", lambda a, tau: torch.linalg.householder_product(a, tau))
define(F, "ormqr", "input, tau, other, left=True, transpose=False",
       lambda a, tau, o, l, tr: torch.ormqr(a, tau, o, left=l, transpose=tr))


def _lu_unpack(data, pivots, unpack_data, unpack_pivots):
    p, l, u = torch.lu_unpack(data, pivots.to(torch.int32), unpack_data, unpack_pivots)
    return p, l, u


define(F, "lu_unpack", "LU_data, LU_pivots, unpack_data=True, unpack_pivots=True", _lu_unpack)
define(F, "lu_solve", "b, LU_data, LU_pivots", lambda b, d, p: torch.lu_solve(b, d, p.to(torch.int32)))
define(F, "cov", "input, *, correction=1, fweights=None, aweights=None",
       lambda x, c, fw, aw: torch.cov(x, correction=c, fweights=fw, aweights=aw))
_ = tdtype
