import { PythonParser } from '../../../src/converter';
import { renderText } from '../../../src/converter/report';
import { validateSource, validationEntries, ValidationIssue } from '../../../src/converter/validate';
import { nodePythonParser } from '../../../src/node/assets';

let parser: PythonParser;
beforeAll(async () => {
  parser = await nodePythonParser();
});

function check(source: string, mindsporeVersion: '2.6.0' | '2.2.14' = '2.6.0'): ValidationIssue[] {
  return validateSource(parser, source, { mindsporeVersion });
}

function codes(source: string, version?: '2.6.0' | '2.2.14'): string[] {
  return check(source, version).map(issue => `${issue.line}:${issue.column} ${issue.code} ${issue.api}`);
}

describe('valid MindSpore code raises no warning', () => {
  it('a LeNet with nn/ops imports', () => {
    const source = `import mindspore
from mindspore import nn, ops


class LeNet(nn.Cell):
    def __init__(self, num_class=10):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, 5, pad_mode='valid')
        self.conv2 = nn.Conv2d(6, 16, 5, pad_mode='valid')
        self.fc1 = nn.Dense(16 * 5 * 5, 120)
        self.relu = nn.ReLU()
        self.pool = nn.MaxPool2d(kernel_size=2, stride=2)

    def construct(self, x):
        x = self.pool(self.relu(self.conv1(x)))
        x = ops.flatten(x, start_dim=1)
        return self.fc1(x)


net = LeNet()
x = mindspore.Tensor([1.0], mindspore.float32)
optimizer = nn.Adam(net.trainable_params(), learning_rate=1e-3, beta1=0.9, beta2=0.999)
grad_fn = mindspore.value_and_grad(forward_fn, None, optimizer.parameters)
`;
    expect(codes(source)).toEqual([]);
  });

  it('mint code and aliased module imports', () => {
    const source = `import mindspore.mint.nn.functional as F
from mindspore import mint
from mindspore.mint import nn as mnn
from mindspore.experimental import optim

y = F.gelu(x, approximate='tanh')
z = mint.max(y, dim=1, keepdim=True)
layer = mnn.Linear(4, 5, bias=False)
opt = optim.Adam(params, lr=0.01, betas=(0.9, 0.99))
`;
    expect(codes(source)).toEqual([]);
  });

  it('star arguments, uncatalogued modules and non-MindSpore names', () => {
    const source = `import numpy as np
import mindspore.dataset as ds
from mindspore.ops import *
from mindspore.nn.layer import conv

nn_args = (3, 6, 5)
data = ds.GeneratorDataset(source, ['x'])
a = np.zeros(3).foo(1, 2, 3)
b = flatten(a, *rest)
c = conv.Conv2d(*nn_args, **options)
`;
    expect(codes(source)).toEqual([]);
  });
});

describe('invalid MindSpore code is reported', () => {
  it('unknown names, through every import form', () => {
    const source = `import mindspore
import mindspore.nn as nn
from mindspore import ops
from mindspore.nn import BatchNorm

a = nn.Conv2dd(1, 2, 3)
b = mindspore.nn.Dropout2D(0.5)
c = ops.flaten(x)
d = mindspore.Tensor.no_such_method
`;
    expect(codes(source)).toEqual([
      '4:25 unknown-api mindspore.nn.BatchNorm',
      '6:4 unknown-api mindspore.nn.Conv2dd',
      '7:4 unknown-api mindspore.nn.Dropout2D',
      '8:4 unknown-api mindspore.ops.flaten',
      '9:4 unknown-api mindspore.Tensor.no_such_method'
    ]);
  });

  it('bad keywords, missing and too many arguments', () => {
    const source = `from mindspore import nn, ops

conv = nn.Conv2d(3, 6, 5, padding_mode='zeros')
dense = nn.Dense(16)
flat = ops.flatten(x, 'C', 1)
act = nn.ReLU(inplace=True)
twice = ops.flatten(x, input=y)
`;
    const issues = check(source);
    expect(issues.map(i => `${i.line}:${i.column} ${i.code}`)).toEqual([
      '3:26 unknown-keyword',
      '4:8 missing-argument',
      '5:7 too-many-positional',
      '6:14 unknown-keyword',
      '7:23 duplicate-keyword'
    ]);
    expect(issues[0].message).toBe(
      "mindspore.nn.Conv2d does not accept the keyword 'padding_mode' in MindSpore 2.6.0: (in_channels, out_channels, " +
        "kernel_size, stride=1, pad_mode='same', padding=0, dilation=1, group=1, has_bias=False, weight_init=None, " +
        "bias_init=None, data_format='NCHW', dtype=mstype.float32)."
    );
    expect(issues[1].message).toMatch(/^mindspore.nn.Dense is missing the required argument 'out_channels' \(MindSpore 2.6.0: /);
    expect(issues[2].message).toMatch(/^mindspore.ops.flatten takes at most 2 positional arguments but 3 were given/);
  });

  it('keyword-only parameters of generated APIs', () => {
    expect(codes(`from mindspore import mint\ny = mint.add(a, b, 2)\n`)).toEqual(['2:4 too-many-positional mindspore.mint.add']);
  });

  it('an API missing in the selected version, reported once at its import', () => {
    const source = `from mindspore import mint
import mindspore

y = mint.flatten(x)
z = mint.nn.functional.gelu(y)
w = mindspore.value_and_grad(f, None, params)
`;
    expect(codes(source, '2.2.14')).toEqual(['1:22 unknown-api mindspore.mint']);
    expect(codes(source, '2.6.0')).toEqual([]);
  });

  it('becomes warning entries of the report', () => {
    const issues = check(`from mindspore import nn\nlayer = nn.Dense(4, 5, bias=False)\n`);
    const entries = validationEntries(issues);
    expect(entries).toEqual([
      {
        kind: 'warning',
        line: 2,
        column: 23,
        original: 'nn.Dense',
        api: 'mindspore.nn.Dense',
        note: expect.stringContaining("does not accept the keyword 'bias'")
      }
    ]);
    expect(renderText({ mode: 'ast', source: 'x.py', entries })).toContain(
      "line 2:23: [Warning] 'nn.Dense': mindspore.nn.Dense does not accept the keyword 'bias' in MindSpore 2.6.0"
    );
  });
});

describe('versions differ', () => {
  it('nn.Linear exists in 2.6.0, not in 2.2.14', () => {
    const source = `from mindspore import nn\nlayer = nn.Linear(4, 5, bias=False)\n`;
    expect(codes(source, '2.6.0')).toEqual([]);
    expect(codes(source, '2.2.14')).toEqual(['2:8 unknown-api mindspore.nn.Linear']);
  });
});
