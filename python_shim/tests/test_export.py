from collections import Counter

import pytest
import torch
import torch.nn as nn

from conftest import op_types
from mindconverter_shim import export
from mindconverter_shim.errors import ShimError
from shim_fixture_models import KernelFromTensor, SmallCNN, TwoInputs, Untraceable


def test_small_cnn_keeps_batchnorm_and_records_dropout(onnx_model):
    net = SmallCNN().eval()
    with torch.no_grad():  # trained statistics (untrained ones equal bn.weight, and torch dedups equal tensors)
        net.bn.running_mean.uniform_(-1, 1)
        net.bn.running_var.uniform_(0.5, 2)
    result = export(net, [[1, 3, 16, 16]])
    model = onnx_model(result.onnx_bytes)
    ops = op_types(model)
    assert ops.count("BatchNormalization") == 1 and ops.count("Conv") == 1
    assert "Dropout" not in ops          # eval exports drop it ...
    tree = result.module_tree
    assert tree["modules"]["drop"]["params"]["p"] == 0.3   # ... the module tree keeps it
    assert tree["modules"]["bn"]["params"]["eps"] == 1e-3
    assert result.method == "trace" and tree["exported_with"] == "trace"
    assert [i.name for i in model.graph.input] == ["input"]
    assert [o.name for o in model.graph.output] == ["output"]
    assert tree["outputs"] == [{"name": "output", "shape": [1, 10], "dtype": "float32"}]
    assert model.opset_import[0].version == 13 and tree["opset"] == 13
    assert [(c["module"], c["input_shapes"], c["output_shapes"]) for c in tree["calls"]] == [
        ("conv", [[1, 3, 16, 16]], [[1, 8, 16, 16]]),
        ("bn", [[1, 8, 16, 16]], [[1, 8, 16, 16]]),
        ("act", [[1, 8, 16, 16]], [[1, 8, 16, 16]]),
        ("pool", [[1, 8, 16, 16]], [[1, 8, 8, 8]]),
        ("drop", [[1, 512]], [[1, 512]]),              # where the Dropout that ONNX lost sat
        ("fc", [[1, 512]], [[1, 10]]),
        ("", [[1, 3, 16, 16]], [[1, 10]]),
    ]
    assert all(not module._forward_hooks for module in net.modules())   # the recording hooks are gone
    assert {i.name for i in model.graph.initializer} >= {"conv.weight", "bn.running_var", "fc.weight"}
    batchnorm = next(node for node in model.graph.node if node.op_type == "BatchNormalization")
    epsilon = next(attribute.f for attribute in batchnorm.attribute if attribute.name == "epsilon")
    assert epsilon == pytest.approx(1e-3)


def test_eval_mode_with_default_settings_would_fold_batchnorm(onnx_model):
    """Why the exporter uses PRESERVE: torch's defaults fold BatchNorm into the Conv."""
    import io

    buffer = io.BytesIO()
    torch.onnx.export(SmallCNN().eval(), (torch.randn(1, 3, 16, 16),), buffer, opset_version=13,
                      training=torch.onnx.TrainingMode.EVAL)
    assert "BatchNormalization" not in op_types(onnx_model(buffer.getvalue()))


def test_resnet18(onnx_model):
    torchvision = pytest.importorskip("torchvision")
    net = torchvision.models.resnet18()
    result = export(net, [[1, 3, 224, 224]])
    counts = Counter(op_types(onnx_model(result.onnx_bytes)))
    assert counts["BatchNormalization"] == 20 and counts["Conv"] == 20 and counts["Gemm"] == 1
    tree = result.module_tree
    assert tree["root_class"] == "ResNet" and tree["model_training"] is True
    assert tree["modules"]["layer2.0.downsample.1"]["class"] == "BatchNorm2d"
    assert tree["modules"]["fc"]["params"] == {"in_features": 512, "out_features": 1000, "bias": True}
    assert tree["parameters"]["layer4.1.bn2.running_var"]["shape"] == [512]
    assert tree["outputs"][0]["shape"] == [1, 1000]
    calls = Counter(call["module"] for call in tree["calls"])
    assert set(calls) == set(tree["modules"])
    assert calls["layer1.0.relu"] == 2 and calls["layer1.0.conv1"] == 1   # BasicBlock reuses its ReLU
    assert net.training and all(module.training for module in net.modules())


def test_dropout_model_from_torchvision_is_in_tree():
    torchvision = pytest.importorskip("torchvision")
    tree = export(torchvision.models.squeezenet1_1(dropout=0.2), [[1, 3, 64, 64]]).module_tree
    dropouts = {name: m["params"]["p"] for name, m in tree["modules"].items() if m["class"] == "Dropout"}
    assert dropouts == {"classifier.0": 0.2}


def test_train_and_eval_flags_are_restored_per_module():
    net = SmallCNN()
    net.train()
    net.bn.eval()            # a frozen BatchNorm inside a training model
    before = {name: module.training for name, module in net.named_modules()}
    export(net, [[1, 3, 16, 16]])
    assert {name: module.training for name, module in net.named_modules()} == before
    net.eval()
    export(net, [[1, 3, 16, 16]])
    assert not any(module.training for module in net.modules())


def test_flags_are_restored_when_export_fails():
    net = SmallCNN().train()
    with pytest.raises(ShimError):
        export(net, [[1, 3, 8]])
    assert all(module.training for module in net.modules())


def test_tracer_failure_falls_back_to_script(onnx_model):
    with pytest.raises(TypeError):          # the tracer alone cannot export it
        torch.onnx.export(KernelFromTensor(), (torch.randn(1, 3, 8, 8),), __import__("io").BytesIO())
    result = export(KernelFromTensor(), [[1, 3, 8, 8]])
    assert result.method == "script" and result.module_tree["exported_with"] == "script"
    assert op_types(onnx_model(result.onnx_bytes))[0] == "Conv"


def test_when_trace_and_script_fail_the_error_names_the_line():
    with pytest.raises(ShimError) as caught:
        export(Untraceable(), [[1, 3, 8, 8]])
    error = caught.value
    assert error.code == "export_failed"
    assert "torch.onnx.export failed: TypeError" in error.message
    assert "shim_fixture_models.py:" in error.message and "pooled = F.avg_pool2d(x, size)" in error.message
    assert "torch.jit.script fallback failed too" in error.message
    assert "\n" not in error.message


def test_forward_failure_names_the_line():
    with pytest.raises(ShimError) as caught:
        export(SmallCNN(), [[1, 1, 16, 16]])
    assert caught.value.code == "export_failed"
    assert "forward() failed on input 1x1x16x16" in caught.value.message
    assert "x = self.pool(self.act(self.bn(self.conv(x))))" in caught.value.message


def test_two_inputs_with_int_dtype(onnx_model):
    result = export(TwoInputs(), [[2, 5], [2, 4]], ["int64", "float32"])
    model = onnx_model(result.onnx_bytes)
    assert [i.name for i in model.graph.input] == ["input_0", "input_1"]
    assert [i.type.tensor_type.elem_type for i in model.graph.input] == [7, 1]    # INT64, FLOAT
    assert [o.name for o in model.graph.output] == ["output_0", "output_1"]
    assert result.module_tree["inputs"][0] == {"name": "input_0", "shape": [2, 5], "dtype": "int64"}
    assert result.module_tree["calls"][-1] == {"module": "", "input_shapes": [[2, 5], [2, 4]],
                                               "output_shapes": [[2, 6], [2, 6]]}
    assert "Gather" in op_types(model)


def test_export_by_name_from_a_namespace(onnx_model):
    namespace = {"model": nn.Sequential(nn.Linear(4, 3), nn.ReLU())}
    result = export("model", [[2, 4]], namespace=namespace)
    assert op_types(onnx_model(result.onnx_bytes)) == ["Gemm", "Relu"]
    assert result.module_tree["root_class"] == "Sequential"


def test_other_opsets(onnx_model):
    for opset in (11, 17):
        result = export(SmallCNN().eval(), [[1, 3, 16, 16]], opset=opset)
        assert onnx_model(result.onnx_bytes).opset_import[0].version == opset


def test_refusals():
    namespace = {"net": SmallCNN(), "x": torch.zeros(1)}
    cases = [
        (("net; import os", [[1, 3, 16, 16]]), "invalid_request"),
        (("__import__('os')", [[1, 3, 16, 16]]), "invalid_request"),
        (("missing", [[1, 3, 16, 16]]), "unknown_variable"),
        (("x", [[1, 3, 16, 16]]), "not_a_module"),
        (("net", [[1, 3, 0, 16]]), "invalid_request"),
        (("net", "1,3,16,16"), "invalid_request"),
        ((42, [[1]]), "not_a_module"),
    ]
    for args, code in cases:
        with pytest.raises(ShimError) as caught:
            export(*args, namespace=namespace)
        assert caught.value.code == code, args
    with pytest.raises(ShimError, match="unsupported dtype"):
        export("net", [[1, 3, 16, 16]], ["float"], namespace=namespace)


def test_transformer_layers_record_the_sub_modules_the_export_runs():
    """In eval mode with grad off, nn.TransformerEncoderLayer takes its fused fast path and would run none of its
    sub-modules; the traced export runs them all, and the recorded calls must say so (graph mode places the
    Dropouts the export drops from them)."""
    layer = nn.TransformerEncoderLayer(16, 2, dim_feedforward=32, batch_first=True)
    model = nn.Sequential(nn.Linear(8, 16), nn.TransformerEncoder(layer, num_layers=1))
    result = export(model, [[2, 5, 8]])
    called = [call["module"] for call in result.module_tree["calls"]]
    prefix = "1.layers.0."
    assert [m[len(prefix):] for m in called if m.startswith(prefix)] == [
        "self_attn", "dropout1", "norm1", "linear1", "dropout", "linear2", "dropout2", "norm2"]
    assert all(not p.requires_grad or p.grad is None for p in model.parameters())
