/**
 * One before/after table per structural rewriter, and a meta-test: every
 * registered rewriter has a table here and is named by some mapping entry.
 */
import { convertSource, PythonParser } from '../../../../src/converter';
import { MAPPING_FILES } from '../../../../src/converter/mapping';
import { REWRITERS, RewriterName } from '../../../../src/converter/ast/rewriters';
import { nodePythonParser } from '../../../../src/node/assets';

const CASES: Record<RewriterName, Array<[string, string]>> = {
  tensorSizeToShape: [
    ['n = x.size(0)', 'n = x.shape[0]'],
    ['s = x.size()', 's = x.shape'],
    ['d = x.size(dim=-1)', 'd = x.shape[-1]'],
    ['m = f(x).size(1) * 2', 'm = f(x).shape[1] * 2']
  ],
  initializerCall: [
    ['nn.init.normal_(m.weight, 0, 0.01)', 'm.weight.set_data(init.initializer(init.Normal(mean=0, sigma=0.01), m.weight.shape, m.weight.dtype))'],
    ['nn.init.normal_(m.weight)', 'm.weight.set_data(init.initializer(init.Normal(sigma=1.0), m.weight.shape, m.weight.dtype))'],
    ['nn.init.constant_(m.bias, 0)', 'm.bias.set_data(init.initializer(init.Constant(0), m.bias.shape, m.bias.dtype))'],
    [
      "nn.init.kaiming_normal_(m.weight, mode='fan_out', nonlinearity='relu')",
      "m.weight.set_data(init.initializer(init.HeNormal(mode='fan_out', nonlinearity='relu'), m.weight.shape, m.weight.dtype))"
    ],
    ['nn.init.uniform_(m.weight, -r, r)', 'm.weight.set_data(init.initializer(init.Uniform(r), m.weight.shape, m.weight.dtype))'],
    ['nn.init.zeros_(self.layers[0].bias)', 'self.layers[0].bias.set_data(init.initializer(init.Zero(), self.layers[0].bias.shape, self.layers[0].bias.dtype))'],
    // MindSpore's BatchNorm/GroupNorm/LayerNorm name their affine parameters gamma and beta.
    [
      'if isinstance(m, nn.BatchNorm2d):\n    nn.init.constant_(m.weight, 1)',
      'if isinstance(m, nn.BatchNorm2d):\n    m.gamma.set_data(init.initializer(init.Constant(1), m.gamma.shape, m.gamma.dtype))'
    ],
    [
      'if f(m):\n    pass\nelif isinstance(m, (nn.GroupNorm, nn.LayerNorm)):\n    nn.init.zeros_(m.bias.data)',
      'if f(m):\n    pass\nelif isinstance(m, (nn.GroupNorm, nn.LayerNorm)):\n    m.beta.set_data(init.initializer(init.Zero(), m.beta.shape, m.beta.dtype))'
    ],
    // MindSpore's classic Embedding names its table embedding_table; a Linear or Embedding branch keeps torch's name.
    [
      'if isinstance(module, nn.Embedding):\n    nn.init.normal_(module.weight, mean=0.0, std=0.02)',
      'if isinstance(module, nn.Embedding):\n    module.embedding_table.set_data(init.initializer(init.Normal(mean=0.0, sigma=0.02), module.embedding_table.shape, module.embedding_table.dtype))'
    ],
    [
      'if isinstance(m, (nn.Linear, nn.Embedding)):\n    nn.init.normal_(m.weight)',
      'if isinstance(m, (nn.Dense, nn.Embedding)):\n    m.weight.set_data(init.initializer(init.Normal(sigma=1.0), m.weight.shape, m.weight.dtype))'
    ],
    [
      "c = m.__class__.__name__\nif c.find('Conv') != -1:\n    nn.init.zeros_(m.bias)\nelif c.find('BatchNorm') != -1:\n    nn.init.zeros_(m.bias.data)",
      "c = m.__class__.__name__\nif c.find('Conv') != -1:\n    m.bias.set_data(init.initializer(init.Zero(), m.bias.shape, m.bias.dtype))\n" +
        "elif c.find('BatchNorm') != -1:\n    m.beta.set_data(init.initializer(init.Zero(), m.beta.shape, m.beta.dtype))"
    ],
    [
      "if 'LayerNorm' in type(m).__name__:\n    nn.init.ones_(m.weight)",
      "if 'LayerNorm' in type(m).__name__:\n    m.gamma.set_data(init.initializer(init.One(), m.gamma.shape, m.gamma.dtype))"
    ],
    [
      "if m.__class__.__name__.startswith('Linear'):\n    nn.init.zeros_(m.bias)",
      "if m.__class__.__name__.startswith('Linear'):\n    m.bias.set_data(init.initializer(init.Zero(), m.bias.shape, m.bias.dtype))"
    ],
    [
      'if isinstance(m, (nn.BatchNorm2d, nn.Linear)):\n    nn.init.zeros_(m.bias)',
      'if isinstance(m, (nn.BatchNorm2d, nn.Dense)):\n    m.bias.set_data(init.initializer(init.Zero(), m.bias.shape, m.bias.dtype))'
    ]
  ],
  deviceMove: [
    ['model = Net().to(device)', 'model = Net()'],
    ["y = x.to('cuda:0', non_blocking=True)", 'y = x'],
    ['y = x.to(self.device).float()', 'y = x.float()'],
    ['y = x.to(torch.float16)', 'y = x.astype(mindspore.float16)'],
    ['y = x.to(device=d, dtype=torch.long)', 'y = x.astype(mindspore.int64)'],
    ['y = x.cuda()', 'y = x'],
    ['z = f(x).cpu().numpy()', 'z = f(x).asnumpy()'],
    // A name bound to x.device and only passed as a device: its assignment goes with the moves (MindSpore tensors have no device).
    ['def f(x, n):\n    dev = x.device\n    m = torch.zeros(n, device=dev)\n    return m.to(dev)', 'def f(x, n):\n    m = ops.zeros(n)\n    return m'],
    ['def f(x):\n    dev = x.device\n    print(dev)\n    return x.to(dev)', 'def f(x):\n    dev = x.device\n    print(dev)\n    return x']
  ],
  moduleParameters: [
    ['w = next(net.parameters())', 'w = next(net.get_parameters())'],
    ['for p in net.parameters(recurse=False):\n    pass', 'for p in net.get_parameters(expand=False):\n    pass'],
    ['opt = torch.optim.SGD(net.parameters(), lr=0.1)', 'opt = nn.SGD(net.trainable_params(), learning_rate=0.1)'],
    ["opt = torch.optim.Adam([{'params': net.fc.parameters()}], 1e-3)", "opt = nn.Adam([{'params': net.fc.trainable_params()}], 1e-3)"]
  ],
  modulesToCells: [['for m in self.modules():\n    pass', 'for m in (cell for _, cell in self.cells_and_names()):\n    pass']],
  minMaxOverloads: [
    ['m = torch.max(x)', 'm = ops.amax(x)'],
    ['v, i = torch.max(x, 1)', 'v, i = ops.max(x, 1)'],
    ['v, i = torch.min(x, dim=-1, keepdim=True)', 'v, i = ops.min(x, axis=-1, keepdims=True)'],
    ['m = torch.max(x, other=y)', 'm = ops.maximum(x, other=y)'],
    ['m = x.min(other=y)', 'm = x.minimum(other=y)'],
    ['lt = torch.max(a[:, None, :2], b[:, :2])', 'lt = ops.maximum(a[:, None, :2], b[:, :2])'],
    ['x1 = torch.min(p[:, 0], t[..., 0])', 'x1 = ops.minimum(p[:, 0], t[..., 0])'],
    ['m = p.max(t[:, 2])', 'm = p.maximum(t[:, 2])'],
    ['v, i = torch.max(x, dims[0])', 'v, i = torch.max(x, dims[0])'],
    // MindSpore returns a plain tuple where torch returns (values, indices).
    ['v = torch.max(x, 1).values', 'v = ops.max(x, 1)[0]'],
    ['i = x.min(dim=-1).indices', 'i = x.min(dim=-1)[1]'],
    ['c = x.softmax(1).max(1).values', 'c = ops.softmax(x, 1).max(1)[0]']
  ],
  noGradGuard: [
    ['with torch.no_grad():\n    y = model(x)\n    z = torch.flatten(y, 1)', 'y = model(x)\nz = ops.flatten(y, start_dim=1)'],
    [
      'def evaluate(x):\n    with torch.no_grad():\n        # eval\n        if x is None:\n            z = f(1,\n                  2)\n        else:\n            s = """a\n  b"""\n        return z',
      'def evaluate(x):\n    # eval\n    if x is None:\n        z = f(1,\n              2)\n    else:\n        s = """a\n  b"""\n    return z'
    ],
    ['@torch.no_grad()\ndef predict(x):\n    return model(x)', 'def predict(x):\n    return model(x)'],
    ['with torch.inference_mode(): y = model(x)', 'y = model(x)']
  ],
  randintOverloads: [
    ['r = torch.randint(10, (3,))', 'r = ops.randint(high=10, size=(3,), low=0)'],
    ['r = torch.randint(2, 10, (3,))', 'r = ops.randint(2, 10, (3,))'],
    ["r = torch.randint(0, 5, (2, 2), device='cuda')", 'r = ops.randint(0, 5, (2, 2))'],
    ['r = torch.randint_like(x, 10)', 'r = ops.randint_like(x, high=10, low=0)']
  ],
  recurrentCellState: [
    ['m = nn.GRUCell(4, 8)\nh = m(x)', 'm = nn.GRUCell(4, 8)\nh = m(x, ops.zeros((x.shape[0], m.hidden_size), x.dtype))'],
    ['m = nn.RNNCell(4, 8)\nh = m(x, h0)', 'm = nn.RNNCell(4, 8)\nh = m(x, h0)'],
    [
      'class D(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.cell = nn.LSTMCell(4, 8)\n    def forward(self, x):\n        return self.cell(x[0])',
      'class D(nn.Cell):\n    def __init__(self):\n        super().__init__()\n        self.cell = nn.LSTMCell(4, 8)\n    def construct(self, x):\n' +
        '        return self.cell(x[0], (ops.zeros((x[0].shape[0], self.cell.hidden_size), x[0].dtype), ops.zeros((x[0].shape[0], self.cell.hidden_size), x[0].dtype)))'
    ]
  ],
  renamedParameters: [
    [
      'class G(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.wte = nn.Embedding(10, 4)\n        self.head = nn.Linear(4, 10, bias=False)\n        self.head.weight = self.wte.weight',
      'class G(nn.Cell):\n    def __init__(self):\n        super().__init__()\n        self.wte = nn.Embedding(10, 4)\n        self.head = nn.Dense(4, 10, has_bias=False)\n        self.head.weight = self.wte.embedding_table'
    ],
    [
      'bn = nn.BatchNorm1d(4)\nstats = (bn.running_mean, bn.running_var, bn.weight.data, bn.bias)',
      'bn = nn.BatchNorm1d(4)\nstats = (bn.moving_mean, bn.moving_variance, bn.gamma.data, bn.beta)'
    ],
    // Another object's attribute of the same spelling, and a name bound twice, are left alone.
    [
      'ln = nn.LayerNorm(4)\nw = (ln.weight, other.weight)\nnorm = nn.LayerNorm(4)\nnorm = None\nb = norm.bias',
      'ln = nn.LayerNorm((4,), epsilon=1e-05)\nw = (ln.gamma, other.weight)\nnorm = nn.LayerNorm((4,), epsilon=1e-05)\nnorm = None\nb = norm.bias'
    ]
  ],
  checkpointFiles: [
    ["torch.save(net.state_dict(), 'net.pth')", "mindspore.save_checkpoint(net, 'net.ckpt')"],
    ["torch.save(net.state_dict(), '%s/net_%d.pt' % (out, epoch))", "mindspore.save_checkpoint(net, '%s/net_%d.ckpt' % (out, epoch))"],
    ['torch.save(obj=self.net.state_dict(), f=path)', 'mindspore.save_checkpoint(self.net, path)'],
    ["net.load_state_dict(torch.load(os.path.join(d, f'net_{i}.pth'), map_location='cpu'))", "mindspore.load_param_into_net(net, mindspore.load_checkpoint(os.path.join(d, f'net_{i}.ckpt')))"],
    ['net.load_state_dict(torch.load(args.weights), strict=False)', 'mindspore.load_param_into_net(net, mindspore.load_checkpoint(args.weights))']
  ],
  typedTensor: [
    ['t = torch.LongTensor([[1, 2]])', 't = mindspore.Tensor([[1, 2]], dtype=mindspore.int64)'],
    ['t = torch.Tensor([1, 2])', 't = mindspore.Tensor([1, 2], dtype=mindspore.float32)'],
    ['t = torch.FloatTensor(n, 3)', 't = ops.zeros((n, 3), mindspore.float32)'],
    ['t = torch.Tensor(x.size())', 't = ops.zeros(x.shape, mindspore.float32)'],
    ['a, b = [], []\nt = torch.ByteTensor(b)', 'a, b = [], []\nt = mindspore.Tensor(b, dtype=mindspore.uint8)'],
    ["t = torch.cuda.FloatTensor([0.5], device='cuda')", 't = mindspore.Tensor([0.5], dtype=mindspore.float32)']
  ],
  variableWrap: [
    ['from torch.autograd import Variable\nv = Variable(imgs.type(T))', 'v = imgs.type(T)'],
    ['v = torch.autograd.Variable(x + 1).sum()', 'v = (x + 1).sum()'],
    ['v = torch.autograd.Variable(torch.zeros(3), requires_grad=False, volatile=True)', 'v = ops.zeros((3,))']
  ],
  gainValue: [
    ["g = nn.init.calculate_gain('relu')", 'g = 2.0 ** 0.5'],
    ["g = nn.init.calculate_gain('tanh')", 'g = 5.0 / 3'],
    ["g = nn.init.calculate_gain(nonlinearity='leaky_relu', param=a + b)", 'g = (2.0 / (1 + (a + b) ** 2)) ** 0.5'],
    ["g = nn.init.calculate_gain('conv2d')", 'g = 1.0']
  ],
  trainingStep: [
    [
      'for x, y in loader:\n    optimizer.zero_grad()\n    loss = criterion(model(x), y)\n    loss.backward()\n    optimizer.step()',
      'for x, y in loader:\n    def forward_fn(x, y):\n        loss = criterion(model(x), y)\n        return loss\n' +
        '    grad_fn = mindspore.value_and_grad(forward_fn, None, optimizer.parameters)\n    loss, grads = grad_fn(x, y)\n    optimizer(grads)'
    ]
  ]
};

const PRELUDE = 'import torch\nimport torch.nn as nn\n';

describe('structural rewriters', () => {
  let parser: PythonParser;
  beforeAll(async () => {
    parser = await nodePythonParser();
  });

  it('each has a before/after table and is used by a mapping entry', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(REWRITERS).sort());
    const used = new Set(MAPPING_FILES.flatMap(file => Object.values(file.entries)).flatMap(entry => [entry.classic?.rewriter, entry.mint?.rewriter]));
    for (const name of Object.keys(REWRITERS)) {
      expect(`${name} ${used.has(name as RewriterName) ? 'used' : 'unused'}`).toBe(`${name} used`);
    }
  });

  describe.each(Object.entries(CASES))('%s', (_name, cases) => {
    it.each(cases)('%s', (before, after) => {
      const { code } = convertSource(parser, PRELUDE + before + '\n');
      const body = code.split('\n').filter(line => !/^(from|import) /.test(line)).join('\n');
      expect(body).toBe(after + '\n');
    });
  });

  it('leaves a device move alone when its argument is neither a device nor a dtype', () => {
    const { code, report } = convertSource(parser, PRELUDE + 'y = x.to(other)\n');
    expect(code).toContain('y = x.to(other)');
    expect(report.entries.find(e => e.kind === 'unconvert')?.note).toMatch(/not recognisably a device or a dtype/);
  });

  it('leaves torch.no_grad() alone beside other context managers, and says why', () => {
    const { code, report } = convertSource(parser, PRELUDE + 'with torch.no_grad(), open(p) as f:\n    pass\n');
    expect(code).toContain('with torch.no_grad(), open(p) as f:');
    expect(report.entries.find(e => e.kind === 'unconvert')?.note).toMatch(/other context managers/);
  });

  it('refuses a training step whose input the trained network computed before it (a GAN generator step), and says why', () => {
    const source =
      PRELUDE +
      'optG = torch.optim.Adam(netG.parameters())\nfor z in noise:\n    fake = netG(z)\n    optG.zero_grad()\n' +
      '    loss = crit(netD(fake), ones)\n    loss.backward()\n    optG.step()\n';
    const { code, report } = convertSource(parser, source);
    expect(code).toContain('    optG.zero_grad()\n    loss = crit(netD(fake), ones)\n    loss.backward()\n    optG.step()\n');
    const notes = report.entries.filter(e => e.kind === 'unconvert').map(e => e.note);
    expect(notes).toHaveLength(3);
    expect(notes[0]).toMatch(/input fake is computed by netG, the network optG trains, before the training step: .* no gradient/);
  });

  it("keeps the parameter names of mint's Embedding and LayerNorm, which are torch's", () => {
    const { code } = convertSource(parser, PRELUDE + 'emb = nn.Embedding(10, 4)\nln = nn.LayerNorm(4)\nw = (emb.weight, ln.weight, ln.bias)\n', { target: 'mint' });
    expect(code).toContain('w = (emb.weight, ln.weight, ln.bias)');
  });

  it("keeps a norm layer's weight and bias in mint, whose BatchNorm names them as torch does", () => {
    const source = PRELUDE + "if isinstance(m, nn.BatchNorm2d):\n    nn.init.constant_(m.weight, 1)\nif m.__class__.__name__.find('BatchNorm') != -1:\n    nn.init.zeros_(m.bias)\n";
    const { code } = convertSource(parser, source, { target: 'mint' });
    expect(code).toContain('    m.weight.set_data(init.initializer(init.Constant(1), m.weight.shape, m.weight.dtype))');
    const embedding = convertSource(parser, PRELUDE + 'if isinstance(m, nn.Embedding):\n    nn.init.normal_(m.weight)\n', { target: 'mint' });
    expect(embedding.code).toContain('    m.weight.set_data(init.initializer(init.Normal(sigma=1.0), m.weight.shape, m.weight.dtype))');
    expect(code).toContain('    m.bias.set_data(init.initializer(init.Zero(), m.bias.shape, m.bias.dtype))');
  });

  it('never takes a scheduler.step() for the optimizer step (a GradScaler step is left alone, and said so)', () => {
    const source =
      PRELUDE +
      'plan = torch.optim.lr_scheduler.StepLR(opt, 10)\nfor x, y in data:\n    opt.zero_grad()\n    loss = crit(net(x), y)\n' +
      '    scaler.scale(loss).backward()\n    scaler.step(opt)\n    scaler.update()\n    plan.step()\n';
    const { code, report } = convertSource(parser, source);
    expect(code).toContain('    opt.zero_grad()\n    loss = crit(net(x), y)\n    scaler.scale(loss).backward()\n    scaler.step(opt)\n    scaler.update()\n    plan.step()\n');
    expect(report.entries.filter(e => e.kind === 'unconvert').map(e => e.original)).toEqual(['opt.zero_grad', 'scaler.scale(loss).backward', 'scaler.step']);
    const amp = convertSource(parser, PRELUDE + 'opt.zero_grad()\nloss = crit(net(x), y)\nscaler.scale(loss).backward()\nopt.step()\n');
    expect(amp.report.entries.find(e => e.kind === 'unconvert')?.note).toMatch(/scaled by a torch.cuda.amp.GradScaler/);
  });

  it('names gradient accumulation (backward() every iteration, step() under a condition) as the reason', () => {
    const source =
      PRELUDE + 'for i, (x, y) in enumerate(data):\n    loss = crit(net(x), y) / 4\n    loss.backward()\n    if (i + 1) % 4 == 0:\n        opt.step()\n        opt.zero_grad()\n';
    const { code, report } = convertSource(parser, source);
    expect(code).toContain('    loss.backward()\n    if (i + 1) % 4 == 0:\n        opt.step()\n');
    const notes = Object.fromEntries(report.entries.filter(e => e.kind === 'unconvert').map(e => [e.original, e.note]));
    expect(notes['loss.backward']).toMatch(/backward\(\) runs every iteration and opt.step\(\) under a condition: gradient accumulation/);
    expect(notes['opt.step']).toMatch(/gradient accumulation/);
  });

  it('leaves torch.max(x, y) alone when y may be a dim or a tensor, and says how to disambiguate', () => {
    const { code, report } = convertSource(parser, PRELUDE + 'm = torch.max(x, y)\n');
    expect(code).toContain('m = torch.max(x, y)');
    expect(report.entries.find(e => e.kind === 'unconvert')?.note).toMatch(/may be a dim or a tensor: write dim=y/);
  });

  it('names the calls of a recurrent cell it cannot give hx (an input with a call in it, a cell it cannot follow)', () => {
    const { code, report } = convertSource(parser, PRELUDE + 'm = nn.GRUCell(4, 8)\nh = m(f(x))\ncells = [nn.RNNCell(4, 8)]\n');
    expect(code).toContain('h = m(f(x))\n');
    const notes = report.entries.filter(e => e.kind === 'convert' && /Cell/.test(e.original)).map(e => e.note);
    expect(notes).toEqual([
      "MindSpore's GRUCell requires hx: pass zeros of shape (batch, hidden_size), torch's default, at line 4.",
      "MindSpore's RNNCell requires hx: pass zeros of shape (batch, hidden_size), torch's default, where the cell is called without one."
    ]);
  });

  it('converts only the checkpoint constructs whose content it knows, and says why not the others', () => {
    const source = "torch.save({'net': net.state_dict()}, p)\nsd = net.state_dict()\nckpt = torch.load(p)\nnet.load_state_dict(ckpt['net'])\n";
    const { code, report } = convertSource(parser, PRELUDE + source);
    expect(code.endsWith(source)).toBe(true);
    expect(report.entries.filter(e => e.kind === 'unconvert').map(e => [e.line, e.suggestion, e.note])).toEqual([
      [3, 'mindspore.nn.Cell.parameters_dict', 'A state dict on its own has no MindSpore counterpart: MindSpore saves checkpoints from the network.'],
      [3, 'mindspore.save_checkpoint', 'Only torch.save(net.state_dict(), path) is converted: what else is saved is not known here.'],
      [4, 'mindspore.nn.Cell.parameters_dict', 'A state dict on its own has no MindSpore counterpart: MindSpore saves checkpoints from the network.'],
      [5, 'mindspore.load_checkpoint', 'torch.load unpickles any object; only net.load_state_dict(torch.load(path)) is converted.'],
      [6, 'mindspore.load_param_into_net', 'Only net.load_state_dict(torch.load(path)) is converted: a state dict from elsewhere is not a MindSpore parameter dict.']
    ]);
  });

  it('leaves a legacy constructor alone where its argument may be data or a size, or where it is not called', () => {
    const source = 'f = torch.FloatTensor(n)\nT = torch.cuda.FloatTensor if cuda else torch.FloatTensor\nok = isinstance(x, torch.Tensor)\n';
    const { code, report } = convertSource(parser, PRELUDE + source);
    expect(code).toContain('f = torch.FloatTensor(n)\nT = torch.cuda.FloatTensor if cuda else torch.FloatTensor\nok = isinstance(x, mindspore.Tensor)\n');
    expect(report.entries.filter(e => e.kind === 'unconvert').map(e => e.note)).toEqual([
      'The argument n may be data or a size (torch decides at run time): write mindspore.Tensor(data, dtype=mindspore.float32) or ops.zeros(size, mindspore.float32).',
      'torch.cuda.FloatTensor is used without a call here, so its arguments cannot be converted.',
      'torch.FloatTensor is used without a call here, so its arguments cannot be converted.'
    ]);
  });

  it('leaves a Variable that needs a gradient alone, and says what to do instead', () => {
    const { code, report } = convertSource(parser, PRELUDE + 'w = torch.autograd.Variable(w0, requires_grad=True)\n');
    expect(code).toContain('w = torch.autograd.Variable(w0, requires_grad=True)');
    expect(report.entries.find(e => e.kind === 'unconvert')).toMatchObject({
      suggestion: 'mindspore.Parameter',
      note: 'requires_grad=True: a Variable that needs a gradient has no counterpart; make the value an input of the function given to mindspore.value_and_grad, or a mindspore.Parameter.'
    });
  });

  it('leaves calculate_gain alone where the nonlinearity is known only at run time, and suggests the value', () => {
    const { code, report } = convertSource(parser, PRELUDE + 'g = nn.init.calculate_gain(act)\n');
    expect(code).toContain('g = nn.init.calculate_gain(act)');
    expect(report.entries.find(e => e.kind === 'unconvert')?.suggestion).toBe("the gain value itself (e.g. 2.0 ** 0.5 for 'relu')");
  });

  it('leaves a call alone where the rewrite is unsafe, and says why', () => {
    const { code, report } = convertSource(parser, PRELUDE + 'nn.init.zeros_(make().bias)\n');
    expect(code).toContain('\nnn.init.zeros_(make().bias)\n');
    expect(report.entries.find(e => e.kind === 'unconvert')?.note).toMatch(/evaluated three times/);
  });
});
