"""msref reads the real MindSpore .ckpt format (checked against an encoder built with the protobuf library)."""
import numpy as np
import pytest

import mindspore as ms
from mindspore import Tensor, nn
from mindspore.train.serialization import encode_checkpoint, read_checkpoint


def _protobuf_checkpoint_classes():
    """Checkpoint/TensorProto built from checkpoint.proto's fields with the official protobuf runtime."""
    pytest.importorskip("google.protobuf")
    from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
    proto = descriptor_pb2.FileDescriptorProto(name="msref_checkpoint_test.proto", syntax="proto2")
    tensor = proto.message_type.add(name="TensorProto")
    tensor.field.add(name="dims", number=1, type=3, label=3)
    tensor.field.add(name="tensor_type", number=2, type=9, label=2)
    tensor.field.add(name="tensor_content", number=3, type=12, label=2)
    checkpoint = proto.message_type.add(name="Checkpoint")
    value = checkpoint.nested_type.add(name="Value")
    value.field.add(name="tag", number=1, type=9, label=2)
    value.field.add(name="tensor", number=2, type=11, label=1, type_name=".TensorProto")
    checkpoint.field.add(name="value", number=1, type=11, label=3, type_name=".Checkpoint.Value")
    pool = descriptor_pool.DescriptorPool()
    pool.Add(proto)
    factory = message_factory.MessageFactory(pool)
    return factory.GetPrototype(pool.FindMessageTypeByName("Checkpoint"))


def _official_bytes(entries):
    Checkpoint = _protobuf_checkpoint_classes()
    out = b""
    for tag, array, type_name, dims in entries:
        message = Checkpoint()
        value = message.value.add()
        value.tag = tag
        value.tensor.dims.extend(dims)
        value.tensor.tensor_type = type_name
        value.tensor.tensor_content = array.tobytes()
        out += message.SerializeToString()
    return out


def test_reads_a_checkpoint_written_by_the_protobuf_library_including_slices_scalars_and_crc(tmp_path):
    weight = np.arange(12, dtype=np.float32).reshape(3, 4)
    steps = np.array(7, dtype=np.int32)
    data = _official_bytes([
        ("fc.weight", weight[:2], "Float32", [3, 4]),      # a parameter split into two slices
        ("fc.weight", weight[2:], "Float32", [3, 4]),
        ("global_step", steps, "Int32", [0]),             # dims [0] is a scalar
        ("half", np.ones(2, np.float16), "Float16", [2]),
    ]) + b"crc_num" + b"0123456789"
    path = tmp_path / "net.ckpt"
    path.write_bytes(data)
    params = ms.load_checkpoint(str(path))
    assert list(params) == ["fc.weight", "global_step", "half"]
    np.testing.assert_array_equal(params["fc.weight"].asnumpy(), weight)
    assert params["global_step"].shape == () and int(params["global_step"]) == 7
    assert params["half"].dtype == ms.float16 and params["fc.weight"].name == "fc.weight"


def test_our_encoder_matches_the_protobuf_library_byte_for_byte():
    array = np.arange(6, dtype=np.float32).reshape(2, 3)
    ours = encode_checkpoint([("w", Tensor(array))])
    assert ours == _official_bytes([("w", array, "Float32", [2, 3])])
    assert read_checkpoint(ours)[0][:3] == ("w", [2, 3], "Float32")


def test_load_param_into_net_matches_names_and_retries_with_a_common_prefix(tmp_path):
    class Net(nn.Cell):
        def __init__(self):
            super().__init__()
            self.fc = nn.Dense(2, 3)
    source = Net()
    ms.save_checkpoint([{"name": "backbone." + p.name, "data": p} for p in source.get_parameters()],
                       str(tmp_path / "prefixed.ckpt"))
    target = Net()
    not_loaded, unused = ms.load_param_into_net(target, ms.load_checkpoint(str(tmp_path / "prefixed.ckpt")))
    np.testing.assert_array_equal(target.fc.weight.asnumpy(), source.fc.weight.asnumpy())
    assert unused == ["backbone.fc.weight", "backbone.fc.bias"]
    assert not_loaded == []


def test_load_param_into_net_rejects_a_shape_mismatch():
    net = nn.Dense(2, 3)
    wrong = {"weight": ms.Parameter(Tensor(np.zeros((2, 2), np.float32)), name="weight")}
    with pytest.raises(RuntimeError, match="same shape"):
        ms.load_param_into_net(net, wrong)
