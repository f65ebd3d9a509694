import json

import torch.nn as nn

from mindconverter_shim.module_tree import hyper_parameters, module_tree
from shim_fixture_models import SmallCNN


def test_hyper_parameters_of_common_layers():
    expected = [
        (nn.Conv2d(3, 8, 3, stride=2, padding=1, bias=False),
         {"in_channels": 3, "out_channels": 8, "kernel_size": [3, 3], "stride": [2, 2], "padding": [1, 1],
          "dilation": [1, 1], "groups": 1, "bias": False, "padding_mode": "zeros"}),
        (nn.BatchNorm2d(16, eps=1e-3, momentum=0.01),
         {"num_features": 16, "eps": 1e-3, "momentum": 0.01, "affine": True, "track_running_stats": True}),
        (nn.Dropout(0.25), {"p": 0.25, "inplace": False}),
        (nn.Dropout2d(0.1, inplace=True), {"p": 0.1, "inplace": True}),
        (nn.Linear(5, 7), {"in_features": 5, "out_features": 7, "bias": True}),
        (nn.LeakyReLU(0.3), {"negative_slope": 0.3, "inplace": False}),
        (nn.GELU(approximate="tanh"), {"approximate": "tanh"}),
        (nn.Softmax(dim=1), {"dim": 1}),
        (nn.Hardtanh(-2.0, 2.0), {"min_val": -2.0, "max_val": 2.0, "inplace": False}),
        (nn.MaxPool2d(3, 2, 1), {"kernel_size": 3, "stride": 2, "padding": 1, "dilation": 1,
                                 "return_indices": False, "ceil_mode": False}),
        (nn.AdaptiveAvgPool2d((1, 1)), {"output_size": [1, 1]}),
        (nn.Flatten(1), {"start_dim": 1, "end_dim": -1}),
        (nn.LayerNorm([4, 4], eps=1e-6), {"normalized_shape": [4, 4], "eps": 1e-6, "elementwise_affine": True}),
        (nn.Upsample(scale_factor=2, mode="nearest"), {"size": None, "scale_factor": 2.0, "mode": "nearest",
                                                       "align_corners": None}),
        (nn.Embedding(10, 3, padding_idx=0), {"num_embeddings": 10, "embedding_dim": 3, "padding_idx": 0}),
    ]
    for module, params in expected:
        got = hyper_parameters(module)
        for key, value in params.items():
            assert got.get(key) == value, (type(module).__name__, key, got)


def test_user_module_attributes_named_like_init_arguments():
    assert hyper_parameters(SmallCNN(num_classes=4)) == {"num_classes": 4}


def test_non_json_values_are_left_out():
    class Odd(nn.Module):
        def __init__(self, scale=float("nan"), table=None, act=None):
            super().__init__()
            self.scale = scale
            self.table = {"a": 1}
            self.act = nn.ReLU()

    assert hyper_parameters(Odd()) == {}


def test_tree_layout():
    net = SmallCNN()
    inputs = [{"name": "input", "shape": [1, 3, 16, 16], "dtype": "float32"}]
    tree = module_tree(net, inputs, 13, "1.13", True)
    json.dumps(tree, allow_nan=False)
    assert tree["format"] == "mindconverter-module-tree/1"
    assert tree["root_class"] == "SmallCNN" and tree["opset"] == 13 and tree["inputs"] == inputs
    assert tree["training"] is False and tree["model_training"] is True
    assert list(tree["modules"]) == ["", "conv", "bn", "act", "pool", "drop", "fc"]
    assert tree["modules"][""]["children"] == ["conv", "bn", "act", "pool", "drop", "fc"]
    assert tree["modules"]["drop"] == {"class": "Dropout", "module": "torch.nn.modules.dropout", "children": [],
                                       "params": {"p": 0.3, "inplace": False}}
    assert tree["parameters"]["bn.running_mean"] == {"shape": [8], "dtype": "float32", "buffer": True}
    assert tree["parameters"]["bn.num_batches_tracked"] == {"shape": [], "dtype": "int64", "buffer": True}
    assert tree["parameters"]["fc.weight"] == {"shape": [10, 512], "dtype": "float32", "buffer": False}
    assert "calls" not in tree
    assert "fc.bias" not in tree["parameters"]
