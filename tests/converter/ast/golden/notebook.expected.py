%matplotlib inline
!pip install torch
import torch
import torch.nn as nn
from mindspore import ops
files = !ls
nn.Linear?
x = ops.zeros((2, 3))
%time y = torch.ones(2)
msg = ("%d items"
       % 3)
