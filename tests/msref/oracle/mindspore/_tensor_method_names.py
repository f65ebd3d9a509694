"""msref (test instrument, NOT MindSpore): the public method names of mindspore.Tensor at 2.6.0.

Derived from ../shared/msapi/mindspore_api_signatures.json (Tensor.methods: Python methods of
common/tensor.py; Tensor_api_def_methods: the overloaded methods generated from ops/api_def) plus the
C++-bound methods registered in pybind_api/tensor_py_reg.cc. msref installs no Tensor method outside
these sets (tests/msref/test_semantics.py checks it).
"""
PYTHON_METHODS = frozenset((
    "H", "T", "addcmul", "addmm_", "addr", "adjoint", "amax", "amin", "aminmax", "angle", "approximate_equal",
    "argmax_with_value", "argmin_with_value", "argwhere", "asnumpy", "asnumpy_of_slice_persistent_data",
    "assign_value", "astype", "bernoulli", "bfloat16", "bitwise_left_shift", "bitwise_right_shift", "bmm",
    "bool", "broadcast_to", "byte", "cauchy", "cholesky", "cholesky_inverse", "cholesky_solve", "choose",
    "clamp_", "col2im", "conj", "contiguous", "copy", "copysign", "cov", "cross", "cummax", "cummin",
    "cumprod", "deg2rad", "det", "diagflat", "diagonal", "diagonal_scatter", "diff", "digamma", "double",
    "dsplit", "dtype", "eigvals", "equal", "erfinv", "erfinv_", "expand", "expand_dims", "exponential_",
    "fill", "fill_diagonal", "fills", "flip", "fliplr", "flipud", "float", "float_power", "floor_",
    "flush_from_cache", "fmax", "fmin", "fold", "from_numpy", "gather_elements", "gather_nd", "geqrf", "ger",
    "get_bytes", "half", "has_init", "heaviside", "hsplit", "hypot", "i0", "igamma", "igammac", "imag",
    "index_add_", "index_fill", "index_put", "index_put_", "init_data", "inner", "inplace_update", "int",
    "inv", "invert", "is_contiguous", "is_floating_point", "is_persistent_data", "isnan", "isposinf",
    "isreal", "item", "itemset", "itemsize", "lcm", "ldexp", "lgamma", "log_matrix_determinant", "log_normal",
    "logcumsumexp", "logdet", "logit", "long", "lstsq", "lu_solve", "mH", "mT", "masked_scatter",
    "matrix_determinant", "matrix_power", "move_to", "moveaxis", "movedim", "msort", "multinomial",
    "multiply", "mvlgamma", "nanmean", "nanmedian", "nanquantile", "nbytes", "ndim", "ndimension", "nelement",
    "new_empty", "nextafter", "nonzero", "norm", "normal_", "numel", "numpy", "orgqr", "ormqr", "permute",
    "positive", "ptp", "qr", "quantile", "rad2deg", "random_", "random_categorical", "ravel", "real",
    "register_hook", "renorm", "reshape_as", "resize", "reverse", "reverse_sequence", "rot90", "scatter_add_",
    "scatter_div", "scatter_max", "scatter_min", "scatter_mul", "scatter_sub", "searchsorted",
    "select_scatter", "set_const_arg", "sgn", "shape", "short", "sign", "signbit", "size",
    "slice_num_of_persistent_data", "slice_scatter", "slice_shape_of_persistent_data", "slogdet",
    "soft_shrink", "softmax", "squeeze", "storage_offset", "stride", "strides", "sum_to_size", "svd",
    "swapaxes", "swapdims", "tanh_", "tensor_split", "to", "to_coo", "to_csr", "tolist", "top_k", "trace",
    "triangular_solve", "type", "type_as", "unfold", "uniform", "uniform_", "unique_consecutive",
    "unique_with_pad", "unsorted_segment_max", "unsorted_segment_min", "unsorted_segment_prod", "value",
    "view", "vsplit", "xdivy", "zero_"
))
API_DEF_METHODS = frozenset((
    "abs", "acos", "acosh", "add", "add_", "addbmm", "addcdiv", "addmm", "addmv", "all", "allclose", "any",
    "argmax", "argmin", "argsort", "asin", "asinh", "atan", "atan2", "atanh", "baddbmm", "bincount",
    "bitwise_and", "bitwise_not", "bitwise_or", "bitwise_xor", "ceil", "chunk", "clamp", "clone", "copy_",
    "cos", "cosh", "count_nonzero", "cumsum", "diag", "div", "div_", "dot", "eq", "erf", "erfc", "exp",
    "exp_", "expand_as", "expm1", "fill_", "fill_diagonal_", "flatten", "floor", "floor_divide",
    "floor_divide_", "fmod", "frac", "gather", "gcd", "greater", "greater_equal", "hardshrink", "histc",
    "index_add", "index_select", "inverse", "isclose", "isfinite", "isinf", "isneginf", "kthvalue", "lerp",
    "less", "less_equal", "log", "log10", "log1p", "log2", "log_", "logaddexp", "logaddexp2", "logical_and",
    "logical_not", "logical_or", "logical_xor", "logsumexp", "masked_fill", "masked_fill_", "masked_select",
    "matmul", "max", "maximum", "mean", "median", "min", "minimum", "mm", "mul", "mul_", "nan_to_num",
    "nansum", "narrow", "neg", "new_ones", "new_zeros", "not_equal", "outer", "pow", "prod", "put_",
    "reciprocal", "remainder", "repeat", "repeat_interleave", "reshape", "roll", "round", "rsqrt", "scatter",
    "scatter_", "scatter_add", "select", "sigmoid", "sin", "sinc", "sinh", "sort", "split", "sqrt", "square",
    "std", "sub", "sub_", "subtract", "sum", "t", "take", "tan", "tanh", "tile", "topk", "transpose", "tril",
    "triu", "true_divide", "trunc", "type_as", "unbind", "unique", "unsqueeze", "var", "view_as", "where",
    "xlogy"
))
CPP_METHODS = frozenset((
    "asnumpy", "data_sync", "dim", "dtype", "from_numpy", "is_complex", "is_contiguous", "is_signed", "item",
    "itemsize", "nbytes", "ndim", "register_hook", "shape", "size", "storage_offset", "stride", "strides",
    "tolist"
))
ALL = PYTHON_METHODS | API_DEF_METHODS | CPP_METHODS
