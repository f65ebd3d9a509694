%%time
from mindspore import ops
x = ops.ones((2,))
