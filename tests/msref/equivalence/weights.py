"""Copy a torch module's state into the converted MindSpore Cell (the test's weight map).

MindSpore names some parameters differently (BatchNorm gamma/beta/moving_mean/moving_variance,
LayerNorm/GroupNorm gamma/beta, Embedding embedding_table, PReLU w, TransformerEncoderLayer's
dense1/dense2 for torch's linear1/linear2) and stores Conv1d weights
as [out, in, 1, k]: a torch name maps to the first MindSpore candidate that exists, reshaped when
only the layout differs. Returns the torch names that found no home (a failed mapping).
"""
import numpy as np

# Cells MindSpore names differently from torch's modules (attribute path segments).
_SEGMENTS = {"linear1": "dense1", "linear2": "dense2"}
_CANDIDATES = {
    "weight": ("weight", "gamma", "embedding_table", "w"),
    "bias": ("bias", "beta"),
    "running_mean": ("moving_mean", "running_mean"),
    "running_var": ("moving_variance", "running_var"),
}


def _copy_buffer(cell, prefix, leaf, value):
    """A torch buffer (register_buffer) to the converted cell's buffer of the same path, if it has one."""
    from mindspore import Tensor
    owner = cell
    for part in prefix.split(".") if prefix else ():
        owner = owner._cells.get(part)
        if owner is None:
            return False
    if leaf not in owner._buffers:
        return False
    owner._buffers[leaf] = Tensor(value.detach().cpu().numpy())
    return True


def copy_state(torch_module, cell):
    from mindspore import Tensor
    targets = dict(cell.parameters_and_names())
    missing = []
    copied = set()
    for name, value in torch_module.state_dict().items():
        prefix, _, leaf = name.rpartition(".")
        prefix = ".".join(_SEGMENTS.get(part, part) for part in prefix.split(".")) if prefix else prefix
        candidates = [f"{prefix}.{c}" if prefix else c for c in _CANDIDATES.get(leaf, (leaf,))]
        found = next((c for c in candidates if c in targets), None)
        if found is None:
            # A tied weight (head.weight = embedding.weight) is one Parameter, listed once by MindSpore.
            if _copy_buffer(cell, prefix, leaf, value) or value.data_ptr() in copied:
                continue
            if leaf != "num_batches_tracked":
                missing.append(name)
            continue
        array = value.detach().cpu().numpy()
        param = targets[found]
        if tuple(param.shape) != array.shape:
            if int(np.prod(param.shape)) != array.size:
                missing.append(name)
                continue
            array = array.reshape(param.shape)
        param.set_data(Tensor(array, dtype=param.dtype))
        copied.add(value.data_ptr())
    return missing
