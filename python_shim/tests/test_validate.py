import pytest

from mindconverter_shim.errors import ShimError
from mindconverter_shim.validate import (
    parse_shape_text, resolve_name, validate_dtypes, validate_name, validate_opset, validate_shapes,
)

INJECTIONS = [
    "net; import os",
    "__import__('os')",
    "__import__",
    "net.__class__",
    "net.__class__.__init__.__globals__",
    "os.system('ls')",
    "net[0]",
    "net + 1",
    "lambda: net",
    "net\nimport os",
    " net",
    "net.",
    ".net",
    "import",
    "net.class",
    "",
    "a" * 201,
]


@pytest.mark.parametrize("name", INJECTIONS)
def test_names_that_are_not_dotted_identifiers_are_refused(name):
    with pytest.raises(ShimError) as caught:
        validate_name(name)
    assert caught.value.code == "invalid_request"
    assert "\n" not in caught.value.message


def test_refusal_messages_say_what_is_expected():
    with pytest.raises(ShimError, match="dotted Python identifier.*nothing is evaluated"):
        validate_name("net; import os")
    with pytest.raises(ShimError, match="dunder"):
        validate_name("net.__dict__")
    with pytest.raises(ShimError, match="keyword"):
        validate_name("net.lambda")
    with pytest.raises(ShimError, match="must be a string"):
        validate_name(["net"])


@pytest.mark.parametrize("name", ["net", "model.backbone", "_private", "m2.layer_1", "net.features.0"])
def test_dotted_identifiers_are_accepted(name):
    assert validate_name(name) == name.split(".")


def test_resolve_walks_getattr_chain_without_evaluating():
    class Holder:
        inner = "value"

    namespace = {"holder": Holder()}
    assert resolve_name("holder.inner", namespace) == "value"
    with pytest.raises(ShimError) as caught:
        resolve_name("missing", namespace)
    assert caught.value.code == "unknown_variable" and "'missing' is not defined" in caught.value.message
    with pytest.raises(ShimError) as caught:
        resolve_name("holder.nothing", namespace)
    assert caught.value.code == "unknown_variable" and "'holder' has no attribute 'nothing'" in caught.value.message


def test_injection_is_never_executed(tmp_path):
    marker = tmp_path / "ran"
    namespace = {"__builtins__": __builtins__}
    attack = f"__import__('pathlib').Path({str(marker)!r}).touch()"
    with pytest.raises(ShimError):
        resolve_name(attack, namespace)
    assert not marker.exists()


def test_shapes():
    assert validate_shapes([[1, 3, 224, 224]]) == [[1, 3, 224, 224]]
    assert validate_shapes(((2, 4), (2,))) == [[2, 4], [2]]
    for bad in [[], [[]], [[1, 0]], [[1, -3]], [[1, 2.0]], [[1, True]], [["1", 2]], [1, 2], "1,2", None, [[1] * 9],
                [[1, 2]] * 17, [[2 ** 15, 2 ** 15]]]:
        with pytest.raises(ShimError) as caught:
            validate_shapes(bad)
        assert caught.value.code == "invalid_request", bad


def test_shape_text():
    assert parse_shape_text("1,3,224,224") == [1, 3, 224, 224]
    assert parse_shape_text(" 1, 3 ,8 ") == [1, 3, 8]
    for bad in ["", "1,,3", "1,x", "-1,3", "1.5", "1;import os", "0,3"]:
        with pytest.raises(ShimError, match="positive integers"):
            parse_shape_text(bad)


def test_dtypes():
    assert validate_dtypes(None, 2) == ["float32", "float32"]
    assert validate_dtypes(["int64"], 3) == ["int64"] * 3
    assert validate_dtypes(["int64", "float16"], 2) == ["int64", "float16"]
    with pytest.raises(ShimError, match="unsupported dtype 'torch.float32'"):
        validate_dtypes(["torch.float32"], 1)
    with pytest.raises(ShimError, match="2 dtypes for 3 inputs"):
        validate_dtypes(["int64", "int64"], 3)
    with pytest.raises(ShimError, match="list"):
        validate_dtypes("float32", 1)


def test_opset():
    assert validate_opset(None) == 13
    assert validate_opset(11) == 11
    for bad in [10, 18, "13", 13.0, True]:
        with pytest.raises(ShimError, match="opset must be an integer from 11 to 17"):
            validate_opset(bad)
