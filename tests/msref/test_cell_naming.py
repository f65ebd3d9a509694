"""msref's Cell follows MindSpore's parameter naming rules (what checkpoints are keyed by)."""
from collections import OrderedDict

import numpy as np
import pytest

import mindspore as ms
from mindspore import Parameter, Tensor, nn


class Block(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 4, 3)
        self.bn1 = nn.BatchNorm2d(4)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(3, 3, 1)
        self.layer1 = nn.SequentialCell([Block(), Block()])
        self.heads = nn.CellList([nn.Dense(4, 2), nn.Dense(2, 2)])
        self.scale = Parameter(Tensor(np.ones(1), ms.float32))


def test_parameter_names_are_attribute_paths_from_the_outermost_cell():
    names = [p.name for p in Net().get_parameters()]
    assert names == [
        "scale", "stem.weight",
        "layer1.0.conv1.weight", "layer1.0.bn1.moving_mean", "layer1.0.bn1.moving_variance",
        "layer1.0.bn1.gamma", "layer1.0.bn1.beta",
        "layer1.1.conv1.weight", "layer1.1.bn1.moving_mean", "layer1.1.bn1.moving_variance",
        "layer1.1.bn1.gamma", "layer1.1.bn1.beta",
        "heads.0.weight", "heads.0.bias", "heads.1.weight", "heads.1.bias"]
    assert [n for n, _ in Net().parameters_and_names()] == names


def test_a_top_level_cell_keeps_the_raw_parameter_names():
    assert [p.name for p in nn.BatchNorm2d(2).get_parameters()] == ["mean", "variance", "gamma", "beta"]
    assert [n for n, _ in nn.BatchNorm2d(2).parameters_and_names()] == [
        "moving_mean", "moving_variance", "gamma", "beta"]


def test_auto_prefix_false_keeps_child_names():
    class Wrapper(nn.Cell):
        def __init__(self):
            super().__init__(auto_prefix=False)
            self.net = nn.Dense(2, 2)
    assert [p.name for p in Wrapper().get_parameters()] == ["weight", "bias"]


def test_sequential_cell_with_an_ordered_dict_uses_its_keys_and_append_continues_the_prefix():
    class Holder(nn.Cell):
        def __init__(self):
            super().__init__()
            self.features = nn.SequentialCell(OrderedDict([("conv", nn.Conv2d(1, 1, 1)), ("act", nn.ReLU())]))
    holder = Holder()
    holder.features.append(nn.Dense(1, 1))
    assert [p.name for p in holder.get_parameters()] == ["features.conv.weight", "features.2.weight",
                                                         "features.2.bias"]


def test_trainable_params_exclude_batchnorm_statistics_and_a_shared_cell_is_renamed_by_its_last_attribute():
    net = Net()
    trainable = {p.name for p in net.trainable_params()}
    assert "layer1.0.bn1.moving_mean" not in trainable and "layer1.0.bn1.gamma" in trainable

    class Shared(nn.Cell):
        def __init__(self):
            super().__init__()
            self.a = nn.Dense(2, 2)
            self.b = self.a
    shared = Shared()
    # The same Parameters are walked once (under the first path) but update_parameters_name ran again for "b.".
    assert [n for n, _ in shared.parameters_and_names()] == ["a.weight", "a.bias"]
    assert [p.name for p in shared.get_parameters()] == ["b.weight", "b.bias"]


def test_rnn_parameters_are_named_like_torch_under_their_cell():
    class Model(nn.Cell):
        def __init__(self):
            super().__init__()
            self.lstm = nn.LSTM(3, 4, num_layers=2, bidirectional=True)
    names = [p.name for p in Model().get_parameters()]
    assert names[:4] == ["lstm.weight_ih_l0", "lstm.weight_ih_l0_reverse", "lstm.weight_ih_l1",
                         "lstm.weight_ih_l1_reverse"]
    assert "lstm.bias_hh_l1_reverse" in names and len(names) == 16


def test_cells_start_in_inference_mode_and_set_train_propagates():
    net = Net()
    assert net.training is False and net.layer1[0].bn1.training is False
    net.set_train()
    assert net.layer1[1].bn1.training is True


def test_assigning_a_non_tensor_over_a_parameter_is_rejected():
    net = nn.Dense(2, 2)
    with pytest.raises(TypeError):
        net.weight = 3
    net.weight = Tensor(np.zeros((2, 2)), ms.float32)
    assert isinstance(net.weight, Parameter) and float(net.weight.sum()) == 0.0
