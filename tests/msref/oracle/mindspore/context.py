"""msref (test instrument, NOT MindSpore): ``mindspore.context`` (modes are accepted and ignored:
the reference always runs eagerly, i.e. like PYNATIVE_MODE)."""
GRAPH_MODE = 0
PYNATIVE_MODE = 1
_CONTEXT = {"mode": PYNATIVE_MODE, "device_target": "CPU", "device_id": 0}


def set_context(**kwargs):
    _CONTEXT.update(kwargs)


def get_context(attr_key):
    return _CONTEXT.get(attr_key)


def set_auto_parallel_context(**kwargs):
    return None


def get_auto_parallel_context(attr_key):
    return None


class ParallelMode:
    STAND_ALONE = "stand_alone"
    DATA_PARALLEL = "data_parallel"
