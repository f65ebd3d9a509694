"""Converted checkpoint code runs: torch.save(net.state_dict(), ...) and net.load_state_dict(torch.load(...)),
converted by the real converter, save and restore a network through msref's checkpoint functions, which
keep MindSpore's file-name rules (.ckpt appended when saving, only .ckpt names load)."""
import os

import numpy as np

import mindspore as ms
from equivalence.models import convert_file
from conftest import REPO_DIR

TORCH_SOURCE = '''import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 3)
        self.bn = nn.BatchNorm1d(3)

    def forward(self, x):
        return self.bn(self.fc(x))


def save(net, folder):
    torch.save(net.state_dict(), folder + '/net.pth')


def restore(folder):
    net = Net()
    net.load_state_dict(torch.load(folder + '/net.pth', map_location='cpu'))
    return net
'''


def _run(source, namespace_name):
    namespace = {"__name__": namespace_name}
    exec(compile(source, f"<{namespace_name}>", "exec"), namespace)  # noqa: S102 (our own converted test source)
    return namespace


def test_saved_network_restores_with_the_same_parameters_and_outputs(tmp_path):
    converted = convert_file(TORCH_SOURCE, REPO_DIR)["code"]
    assert "mindspore.save_checkpoint(net, folder + '/net.ckpt')" in converted
    assert "mindspore.load_param_into_net(net, mindspore.load_checkpoint(folder + '/net.ckpt'))" in converted
    module = _run(converted, "converted_checkpoint_case")

    rng = np.random.default_rng(0)
    net = module["Net"]()
    for _, parameter in net.parameters_and_names():
        parameter.set_data(ms.Tensor(rng.uniform(0.5, 1.5, parameter.shape).astype(np.float32)))
    module["save"](net, str(tmp_path))
    assert os.listdir(tmp_path) == ["net.ckpt"]

    restored = module["restore"](str(tmp_path))
    original = {name: p.asnumpy() for name, p in net.parameters_and_names()}
    loaded = {name: p.asnumpy() for name, p in restored.parameters_and_names()}
    assert sorted(loaded) == sorted(original)
    for name, value in original.items():
        np.testing.assert_array_equal(loaded[name], value, err_msg=name)
    x = ms.Tensor(rng.standard_normal((2, 4)).astype(np.float32))
    np.testing.assert_allclose(restored(x).asnumpy(), net(x).asnumpy(), rtol=1e-6, atol=1e-7)


def test_a_torch_file_name_does_not_load(tmp_path):
    net = ms.nn.Dense(2, 2)
    ms.save_checkpoint(net, str(tmp_path / "net.pth"))
    assert os.listdir(tmp_path) == ["net.pth.ckpt"]
    try:
        ms.load_checkpoint(str(tmp_path / "net.pth"))
    except ValueError as error:
        assert "should end with '.ckpt'" in str(error)
    else:
        raise AssertionError("load_checkpoint accepted a name without .ckpt")
