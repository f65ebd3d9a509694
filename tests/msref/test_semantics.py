"""The MindSpore facts msref must encode (semantic_diffs.md), checked on small worked cases."""
import numpy as np
import pytest
import torch

import mindspore as ms
from mindspore import Tensor, mint, nn, ops


def t(array, dtype=ms.float32):
    return Tensor(np.asarray(array), dtype)


def test_conv2d_defaults_to_same_padding_without_bias_and_pads_top_bottom_left_right():
    net = nn.Conv2d(1, 1, 3)
    assert net.bias is None and net(t(np.ones((1, 1, 5, 5)))).shape == (1, 1, 5, 5)
    net = nn.Conv2d(1, 1, 1, pad_mode="pad", padding=(1, 0, 2, 0), weight_init="ones")
    out = net(t(np.ones((1, 1, 2, 2))))
    assert out.shape == (1, 1, 3, 4)
    assert out.asnumpy()[0, 0, 0].tolist() == [0, 0, 0, 0] and out.asnumpy()[0, 0, 1].tolist() == [0, 0, 1, 1]
    with pytest.raises(ValueError):
        nn.Conv2d(1, 1, 3, padding=1)


def test_conv2d_same_padding_puts_the_odd_pixel_at_the_end_and_conv1d_keeps_a_4d_weight():
    net = nn.Conv2d(1, 1, 2, stride=2, weight_init="ones")
    assert net(t(np.ones((1, 1, 3, 3)))).asnumpy()[0, 0].tolist() == [[4, 2], [2, 1]]
    assert nn.Conv1d(2, 3, 5).weight.shape == (3, 2, 1, 5)


def test_batchnorm_momentum_weighs_the_running_statistic():
    bn = nn.BatchNorm1d(1, momentum=0.9)
    bn.set_train()
    bn(t([[1.0], [3.0]]))
    assert bn.moving_mean.asnumpy()[0] == pytest.approx(0.2)   # 0.9 * 0 + 0.1 * 2
    bn.set_train(False)
    assert bn(t([[2.0]])).asnumpy()[0, 0] == pytest.approx((2 - 0.2) / np.sqrt(bn.moving_variance.asnumpy()[0] + 1e-5))


def test_layernorm_epsilon_and_gelu_defaults_differ_from_torch():
    x = t([[0.0, 1e-3]])
    ln = nn.LayerNorm((2,))
    assert ln.epsilon == 1e-7
    expected = torch.nn.functional.layer_norm(torch.tensor([[0.0, 1e-3]]), (2,), eps=1e-7).numpy()
    np.testing.assert_allclose(ln(x).asnumpy(), expected, rtol=1e-5)
    value = t([1.0])
    assert nn.GELU()(value).asnumpy()[0] == pytest.approx(0.8411920, abs=1e-6)          # tanh approximation
    assert nn.GELU(approximate=False)(value).asnumpy()[0] == pytest.approx(0.8413447, abs=1e-6)


def test_pooling_stride_defaults_to_one_and_flatten_starts_at_dim_one():
    x = t(np.arange(16).reshape(1, 1, 4, 4))
    assert nn.MaxPool2d(kernel_size=2)(x).shape == (1, 1, 3, 3)
    assert mint.nn.MaxPool2d(kernel_size=2)(x).shape == (1, 1, 2, 2)
    assert ops.flatten(t(np.ones((2, 3, 4)))).shape == (2, 12)
    assert mint.flatten(t(np.ones((2, 3, 4)))).shape == (24,)


def test_interpolate_takes_scale_factor_directly_only_in_area_and_5d_modes():
    x = t(np.arange(16).reshape(1, 1, 4, 4))
    for call in (lambda: ops.interpolate(x, scale_factor=2.0, mode="bilinear"), lambda: nn.Upsample(scale_factor=2.0)(x)):
        with pytest.raises(ValueError, match="scale_factor"):
            call()
    assert ops.interpolate(x, scale_factor=2.0, mode="bilinear", recompute_scale_factor=True).shape == (1, 1, 8, 8)
    assert ops.interpolate(x, scale_factor=0.5, mode="area").shape == (1, 1, 2, 2)


def test_dropout_first_argument_is_keep_prob_and_cells_do_not_drop_until_trained():
    assert nn.Dropout(0.8).p == pytest.approx(0.2) and nn.Dropout(p=0.8).p == 0.8
    x = t(np.ones((100,)))
    assert (nn.Dropout(p=0.5)(x).asnumpy() == 1).all()


def test_tensor_method_overloads_follow_mindspore_2_6():
    x = t(np.arange(6).reshape(2, 3))
    assert x.transpose(0, 1).shape == (3, 2) and x.transpose(1, 0).shape == (3, 2)
    y = t(np.zeros((2, 3, 4)))
    assert y.transpose(0, 2).shape == (4, 3, 2) and y.transpose(2, 0, 1).shape == (4, 2, 3)
    assert float(x.max()) == 5.0
    values, indices = x.max(1)
    assert values.asnumpy().tolist() == [2, 5] and indices.asnumpy().tolist() == [2, 2]
    assert x.max(axis=1).asnumpy().tolist() == [2, 5]
    assert x.size == 6 and x.view(3, 2).shape == (3, 2)
    with pytest.raises(TypeError):
        x.size()          # torch's x.size() has no MindSpore counterpart: size is a property
    assert not hasattr(x, "cuda") and not hasattr(x, "detach")


def test_ops_max_and_full_keep_their_documented_quirks():
    values, index = ops.max(t([[1, 9], [3, 4]]))
    assert float(values) == 9 and int(index) == 0      # index 0 when reducing over all elements
    assert ops.full((2,), 1.5).dtype == ms.int64        # ops.full defaults to Int64 whatever the value


def test_value_and_grad_differentiates_inputs_and_weights():
    net = nn.Dense(2, 1, weight_init="ones", bias_init="zeros")
    loss_fn = lambda x: (net(x) ** 2).sum()  # noqa: E731
    loss, (grad_x, grad_w) = ms.value_and_grad(loss_fn, grad_position=0, weights=net.trainable_params())(
        t([[1.0, 2.0]]))
    assert float(loss) == 9.0
    assert grad_x.asnumpy().tolist() == [[6.0, 6.0]]
    assert grad_w[0].asnumpy().tolist() == [[6.0, 12.0]] and grad_w[1].asnumpy().tolist() == [6.0]
