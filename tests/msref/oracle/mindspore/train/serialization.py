"""msref (test instrument, NOT MindSpore): load_checkpoint / load_param_into_net / save_checkpoint.

Reads the real .ckpt format: concatenated ``Checkpoint`` protobuf messages whose ``Value``s hold
``tag`` (parameter name) and a TensorProto (dims, tensor_type such as "Float32", raw
little-endian tensor_content); consecutive values with the same tag are slices to concatenate;
dims [0] is a scalar; an optional trailing b"crc_num" + 10-byte CRC is ignored.
load_param_into_net matches ``Parameter.name`` and retries with the first common name prefix for
names it could not load, returning (param_not_load, ckpt_not_load) as MindSpore 2.x does.
"""
import numpy as np

from ..common import dtype as mstype
from ..common.parameter import Parameter
from ..common.tensor import Tensor
from . import _protobuf as pb

_NP_TYPES = {
    "Float32": np.float32, "Float16": np.float16, "Float64": np.float64, "Int8": np.int8, "Int16": np.int16,
    "Int32": np.int32, "Int64": np.int64, "UInt8": np.uint8, "UInt16": np.uint16, "UInt32": np.uint32,
    "UInt64": np.uint64, "Bool": np.bool_,
}
_CRC_MARK = b"crc_num"


def _strip_crc(data):
    if len(data) > 17 and data[-17:-10] == _CRC_MARK:
        return data[:-17]
    return data


def _tensor_proto(payload):
    dims, tensor_type, content = [], None, b""
    for number, wire, value in pb.fields(payload):
        if number == 1:
            dims.extend(pb.unpack_varints(value) if wire == 2 else [pb.to_int64(value)])
        elif number == 2:
            tensor_type = value.decode("utf-8")
        elif number == 3:
            content = value
    return dims, tensor_type, content


def read_checkpoint(data):
    """[(tag, dims, tensor_type, bytes)] in file order, slices of one tag merged."""
    entries = []
    for number, _, value in pb.fields(_strip_crc(bytes(data))):
        if number != 1:
            continue
        tag, tensor = None, None
        for field, _, payload in pb.fields(value):
            if field == 1:
                tag = payload.decode("utf-8")
            elif field == 2:
                tensor = _tensor_proto(payload)
            elif field == 3:
                raise ValueError(f"msref: MapParameter '{tag}' in checkpoint is not supported")
        if tensor is None:
            raise ValueError(f"checkpoint value '{tag}' has no tensor")
        dims, tensor_type, content = tensor
        if entries and entries[-1][0] == tag:
            entries[-1] = (tag, dims, tensor_type, entries[-1][3] + content)
        else:
            entries.append((tag, dims, tensor_type, content))
    return entries


def _to_tensor(dims, tensor_type, content):
    if tensor_type == "BFloat16":
        raw = np.frombuffer(content, dtype=np.uint16).astype(np.uint32) << 16
        array = raw.view(np.float32)
        return Tensor(array.reshape(dims if dims != [0] else ()), dtype=mstype.bfloat16)
    if tensor_type not in _NP_TYPES:
        raise ValueError(f"msref: unsupported checkpoint tensor_type '{tensor_type}'")
    array = np.frombuffer(content, dtype=_NP_TYPES[tensor_type]).copy()
    shape = () if dims == [0] else tuple(dims)
    return Tensor(array.reshape(shape))


def load_checkpoint(ckpt_file_name, net=None, strict_load=False, filter_prefix=None, dec_key=None,
                    dec_mode="AES-GCM", specify_prefix=None, choice_func=None, crc_check=False,
                    remove_redundancy=False, format="ckpt"):
    if format != "ckpt":
        raise ValueError("msref: only the 'ckpt' format is supported")
    if dec_key is not None:
        raise ValueError("msref: encrypted checkpoints are not supported")
    if not isinstance(ckpt_file_name, str) or not ckpt_file_name.endswith(".ckpt"):
        # MindSpore's _check_ckpt_file_name: only names ending in .ckpt load.
        raise ValueError("For 'load_checkpoint', the checkpoint file should end with '.ckpt', please "
                         "input the correct 'ckpt_file_name'.")
    with open(ckpt_file_name, "rb") as handle:
        data = handle.read()
    params = {}
    for tag, dims, tensor_type, content in read_checkpoint(data):
        if tag == "random_op":
            continue
        if filter_prefix and any(tag.startswith(p) for p in _as_list(filter_prefix)):
            continue
        if specify_prefix and not any(tag.startswith(p) for p in _as_list(specify_prefix)):
            continue
        if choice_func is not None and not choice_func(tag):
            continue
        params[tag] = Parameter(_to_tensor(dims, tensor_type, content), name=tag)
    if not params:
        raise ValueError(f"The loaded parameter dict is empty after filter or specify, please check whether "
                         f"'filter_prefix' or 'specify_prefix' are set correctly: {ckpt_file_name}")
    if net is not None:
        load_param_into_net(net, params, strict_load)
    return params


def _as_list(value):
    return [value] if isinstance(value, str) else list(value)


def _update(param, new, strict_load):
    if param.shape != new.shape:
        raise RuntimeError(f"For 'load_param_into_net', {param.name} in the argument 'net' should have the same "
                           f"shape as {param.name} in the argument 'parameter_dict'. But got its shape "
                           f"{param.shape} in the argument 'net' and shape {new.shape} in the argument "
                           f"'parameter_dict'.")
    if param.dtype != new.dtype:
        floats = set(mstype.float_type)
        ints = set(mstype.int_type)
        pair = {param.dtype, new.dtype}
        if strict_load or not (pair <= floats or pair <= ints):
            raise RuntimeError(f"For 'load_param_into_net', {param.name} in the argument 'net' should have the same "
                               f"type as {param.name} in the argument 'parameter_dict'. but got its type "
                               f"{param.dtype} in the argument 'net' and type {new.dtype} in the argument "
                               f"'parameter_dict'.")
    param.set_data(Tensor._from_torch(new._t.to(param._t.dtype)))


def load_param_into_net(net, parameter_dict, strict_load=False, remove_redundancy=False):
    for key, value in parameter_dict.items():
        if not isinstance(key, str) or not isinstance(value, (Parameter, str, list)):
            raise TypeError("For 'parameter_dict', the element in the argument 'parameter_dict' should be a "
                            f"'str' and 'Parameter' , but got {type(key)} and {type(value)}.")
    param_not_load, ckpt_not_load = [], list(parameter_dict.keys())
    for _, param in net.parameters_and_names():
        if param.name in parameter_dict:
            _update(param, parameter_dict[param.name], strict_load)
            ckpt_not_load.remove(param.name)
        else:
            param_not_load.append(param.name)
    if param_not_load and not strict_load:
        _load_with_common_prefix(net, parameter_dict, param_not_load, strict_load)
    return param_not_load, ckpt_not_load


def _load_with_common_prefix(net, parameter_dict, param_not_load, strict_load):
    """MindSpore's retry: find a prefix P with P + name in the dict for a missing name, load those."""
    prefix, longest = "", param_not_load[0]
    while prefix != longest and param_not_load:
        prefix = longest
        for name in param_not_load:
            for dict_name in parameter_dict:
                if dict_name.endswith(name):
                    prefix = dict_name[:-len(name)]
                    break
            if prefix != longest:
                break
        if prefix != longest:
            for _, param in net.parameters_and_names():
                candidate = prefix + param.name
                if param.name in param_not_load and candidate in parameter_dict:
                    _update(param, parameter_dict[candidate], strict_load)
                    param_not_load.remove(param.name)


def _tensor_bytes(tensor):
    array = tensor.asnumpy()
    if tensor.dtype == mstype.bfloat16:
        raw = np.ascontiguousarray(array.astype(np.float32)).view(np.uint32) >> 16
        return raw.astype(np.uint16).tobytes()
    return np.ascontiguousarray(array).tobytes()


def encode_checkpoint(named_tensors):
    """Serialized .ckpt bytes for [(name, Tensor)] (one Checkpoint message per value, as MindSpore saves)."""
    out = bytearray()
    for name, tensor in named_tensors:
        dims = list(tensor.shape) or [0]
        proto = b"".join(pb.field_varint(1, d) for d in dims)
        proto += pb.field_bytes(2, str(tensor.dtype).encode()) + pb.field_bytes(3, _tensor_bytes(tensor))
        value = pb.field_bytes(1, name.encode()) + pb.field_bytes(2, proto)
        out += pb.field_bytes(1, value)
    return bytes(out)


def save_checkpoint(save_obj, ckpt_file_name, integrated_save=True, async_save=False, append_dict=None,
                    enc_key=None, enc_mode="AES-GCM", choice_func=None, crc_check=False, format="ckpt", **kwargs):
    if isinstance(save_obj, list):
        items = [(entry["name"], entry["data"]) for entry in save_obj]
    elif isinstance(save_obj, dict):
        items = list(save_obj.items())
    else:
        items = [(p.name, p) for _, p in save_obj.parameters_and_names()]
    if append_dict:
        items += [(k, v if isinstance(v, Tensor) else Tensor(v)) for k, v in append_dict.items()]
    if choice_func is not None:
        items = [(k, v) for k, v in items if choice_func(k)]
    path = ckpt_file_name if ckpt_file_name.endswith(".ckpt") else ckpt_file_name + ".ckpt"
    with open(path, "wb") as handle:
        handle.write(encode_checkpoint(items))
