import pytest
import torch
import torch.nn as nn

from mindconverter_shim import list_models
from mindconverter_shim.errors import ShimError
from mindconverter_shim.models import get_model
from shim_fixture_models import SmallCNN


def test_list_models_finds_module_instances_only():
    net = SmallCNN().eval()
    head = nn.Linear(3, 2)
    namespace = {
        "net": net,
        "head": head,
        "_hidden": nn.Linear(1, 1),       # private / IPython history names are skipped
        "SmallCNN": SmallCNN,             # a class, not an instance
        "x": torch.zeros(2),
        "n": 3,
    }
    models = list_models(namespace)
    assert [model["name"] for model in models] == ["head", "net"]
    head_entry, net_entry = models
    assert head_entry == {"name": "head", "class": "Linear", "module": "torch.nn.modules.linear",
                          "parameters": 3 * 2 + 2, "training": True}
    assert net_entry["class"] == "SmallCNN" and net_entry["module"] == "shim_fixture_models"
    assert net_entry["parameters"] == sum(p.numel() for p in net.parameters())
    assert net_entry["training"] is False


def test_shared_parameters_are_counted_once():
    layer = nn.Linear(4, 4)
    tied = nn.Sequential(layer, nn.ReLU(), layer)
    assert list_models({"tied": tied})[0]["parameters"] == 4 * 4 + 4


@pytest.mark.filterwarnings("ignore:Lazy modules are a new feature")
def test_lazy_modules_are_listed_before_their_first_call():
    lazy = nn.Sequential(nn.LazyLinear(4), nn.ReLU())
    assert list_models({"lazy": lazy})[0]["parameters"] == 0
    lazy(torch.zeros(1, 3))
    assert list_models({"lazy": lazy})[0]["parameters"] == 3 * 4 + 4


def test_get_model_resolves_dotted_names_and_sequential_indices():
    net = nn.Sequential(nn.Conv2d(1, 2, 3), nn.Sequential(nn.ReLU(), nn.Linear(2, 2)))
    namespace = {"net": net}
    assert get_model("net.1.1", namespace) is net[1][1]


def test_get_model_refusals():
    namespace = {"x": torch.zeros(1), "net": nn.Linear(1, 1)}
    cases = {
        "missing": "unknown_variable",
        "net.nothing": "unknown_variable",
        "x": "not_a_module",
        "net.weight": "not_a_module",
        "net; import os": "invalid_request",
        "__import__('os')": "invalid_request",
    }
    for name, code in cases.items():
        with pytest.raises(ShimError) as caught:
            get_model(name, namespace)
        assert caught.value.code == code, name
    with pytest.raises(ShimError, match="'x' is a Tensor, not a torch.nn.Module"):
        get_model("x", namespace)
