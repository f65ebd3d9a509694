"""The output comparison used to judge fidelity is tolerant of print rounding only."""
from fidelity.compare import compare


def test_print_rounding_and_layout_differences_pass():
    assert compare("[[0.999995 0.999995]]", "[[ 0.999995  0.999995 ]]") is None
    assert compare("Tensor(shape=[2], dtype=Float32, value=\n[1.0000001 2.])",
                   "Tensor(shape=[2], dtype=Float32, value= [ 1.00000000e+00,  2.00000000e+00])") is None
    assert compare("[nan inf -inf]", "[nan, inf, -inf]") is None


def test_wrong_values_shapes_dtypes_and_names_fail():
    assert compare("[1.5 2.]", "[1.6 2.]") is not None
    assert compare("(1, 24)", "(24,)") is not None
    assert compare("Tensor(shape=[], dtype=Int64, value= 9)", "Tensor(shape=[], dtype=Int32, value= 9)") is not None
    assert compare("[2 3]", "[2 4]") is not None
    assert compare("Parameter (name=weight)", "Parameter (name=conv.weight)") is not None
    assert compare("0.0297", "0.02979") is not None
