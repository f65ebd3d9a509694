/**
 * The training-step rewriter on real loop shapes: the rewritten code, and a
 * precise report where a step is not recognised.
 */
import { convertSource, PythonParser, ReportEntry } from '../../../src/converter';
import { nodePythonParser } from '../../../src/node/assets';

let parser: PythonParser;
beforeAll(async () => {
  parser = await nodePythonParser();
});

function convert(source: string) {
  return convertSource(parser, source, { fileName: 'train.py' });
}

const lines = (...text: string[]) => text.join('\n') + '\n';

function entriesAbout(entries: ReportEntry[], ...apis: string[]): ReportEntry[] {
  return entries.filter(entry => entry.api !== undefined && apis.includes(entry.api));
}

describe('the training step', () => {
  it('zero_grad first, a multi-line loss, and a local read after the step', () => {
    const { code, report } = convert(
      lines(
        'import torch',
        'import torch.nn.functional as F',
        '',
        'def train(model, loader, optimizer):',
        '    for batch_idx, (data, target) in enumerate(loader):',
        '        optimizer.zero_grad()',
        '        output = model(data)',
        '        loss = F.nll_loss(output,',
        '                          target)',
        '        loss.backward()',
        '        optimizer.step()',
        '        pred = output.argmax(dim=1)'
      )
    );
    expect(code).toBe(
      lines(
        'import mindspore',
        'from mindspore import ops',
        '',
        'def train(model, loader, optimizer):',
        '    for batch_idx, (data, target) in enumerate(loader):',
        '        def forward_fn(data, target):',
        '            output = model(data)',
        '            loss = ops.nll_loss(output,',
        '                              target)',
        '            return loss, output',
        '        grad_fn = mindspore.value_and_grad(forward_fn, None, optimizer.parameters, has_aux=True)',
        '        (loss, output), grads = grad_fn(data, target)',
        '        optimizer(grads)',
        '        pred = output.argmax(dim=1)'
      )
    );
    const step = entriesAbout(report.entries, 'torch.nn.Module.zero_grad', 'torch.Tensor.backward', 'torch.optim.Optimizer.step');
    expect(step.map(entry => [entry.kind, entry.line, entry.converted])).toEqual([
      ['convert', 6, 'def forward_fn(data, target):'],
      ['convert', 10, 'mindspore.value_and_grad(forward_fn, None, optimizer.parameters, has_aux=True)'],
      ['convert', 11, 'optimizer(grads)']
    ]);
    expect(step[1].note).toContain('Part of the training step rewritten at line 6.');
  });

  it('zero_grad after the forward pass, gradient clipping, a statement kept between backward and step', () => {
    const { code, report } = convert(
      lines(
        'import torch',
        'from torch.nn.utils import clip_grad_norm_',
        '',
        'states = init_states()',
        'for i in range(0, 100, 10):',
        '    inputs = ids[:, i:i + 10]',
        '    states = detach(states)',
        '    outputs, states = model(inputs, states)',
        '    loss = criterion(outputs, targets)',
        '    model.zero_grad()',
        '    loss.backward()',
        '    total += loss.item()',
        '    clip_grad_norm_(model.parameters(), 0.5)',
        '    optimizer.step()'
      )
    );
    expect(code).toBe(
      lines(
        'import mindspore',
        'from mindspore import ops',
        '',
        'states = init_states()',
        'for i in range(0, 100, 10):',
        '    def forward_fn(i, states):',
        '        inputs = ids[:, i:i + 10]',
        '        states = detach(states)',
        '        outputs, states = model(inputs, states)',
        '        loss = criterion(outputs, targets)',
        '        return loss, states',
        '    grad_fn = mindspore.value_and_grad(forward_fn, None, optimizer.parameters, has_aux=True)',
        '    (loss, states), grads = grad_fn(i, states)',
        '    total += loss.item()',
        '    grads = ops.clip_by_global_norm(grads, 0.5)',
        '    optimizer(grads)'
      )
    );
    // model.parameters() went away with the clip_grad_norm_ statement: nothing to report about it.
    expect(report.entries.filter(entry => entry.kind === 'unconvert')).toEqual([]);
  });

  it('takes zero_grad(set_to_none=True) between the forward pass and backward() out of the step', () => {
    const { code } = convert(
      lines(
        'import torch',
        'for step in range(steps):',
        '    xb, yb = get_batch()',
        '    _, loss = model(xb, yb)',
        '    optimizer.zero_grad(set_to_none=True)',
        '    loss.backward()',
        '    optimizer.step()'
      )
    );
    expect(code).toBe(
      lines(
        'import mindspore',
        'for step in range(steps):',
        '    def forward_fn():',
        '        xb, yb = get_batch()',
        '        _, loss = model(xb, yb)',
        '        return loss',
        '    grad_fn = mindspore.value_and_grad(forward_fn, None, optimizer.parameters)',
        '    loss, grads = grad_fn()',
        '    optimizer(grads)'
      )
    );
  });

  it('names an input computed earlier in the step, which the gradient does not flow through', () => {
    const { code, report } = convert(
      lines(
        'import torch',
        'for real in loader:',
        '    fake = generator(noise)',
        '    optimizer_g.zero_grad()',
        '    g_loss = adversarial(discriminator(fake), valid)',
        '    g_loss.backward()',
        '    optimizer_g.step()'
      )
    );
    expect(code).toContain('    def forward_fn(fake):\n        g_loss = adversarial(discriminator(fake), valid)\n        return g_loss\n');
    const first = report.entries.find(entry => entry.api?.endsWith('.zero_grad'));
    expect(first?.note).toContain(
      'The input fake is computed before the forward function and passed as a constant: move its computation into forward_fn if it depends on the parameters being optimised.'
    );
  });

  it('builds the optimizer from trainable_params with learning_rate and beta1/beta2', () => {
    const { code } = convert(lines('import torch', 'optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, betas=(0.9, 0.99))'));
    expect(code).toBe(lines('from mindspore import nn', 'optimizer = nn.Adam(model.trainable_params(), learning_rate=1e-3, beta1=0.9, beta2=0.99)'));
  });

  it('builds an optimizer an lr_scheduler drives from mindspore.experimental.optim, with torch\'s argument names', () => {
    const { code, report } = convert(
      lines(
        'import torch',
        'from torch.optim.lr_scheduler import StepLR',
        'optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, foreach=None)',
        'other = torch.optim.SGD(model.parameters(), lr=0.1)',
        'scheduler = StepLR(optimizer, step_size=1, gamma=0.7)'
      )
    );
    expect(code).toBe(
      lines(
        'from mindspore.experimental import optim',
        'from mindspore import nn',
        'from mindspore.experimental.optim import lr_scheduler',
        'optimizer = optim.SGD(model.trainable_params(), lr=0.1, momentum=0.9)',
        'other = nn.SGD(model.trainable_params(), learning_rate=0.1)',
        'scheduler = lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.7)'
      )
    );
    expect(report.entries.find(entry => entry.line === 3 && entry.api === 'torch.optim.SGD')?.note).toContain('A torch lr_scheduler drives this optimizer');
  });

  it("leaves a learning-rate scheduler's step() alone, without reporting it", () => {
    const { code, report } = convert(
      lines('import torch', 'from torch.optim.lr_scheduler import StepLR', 'lr = StepLR(opt, step_size=1)', 'scheduler = make()', 'lr.step()', 'scheduler.step()')
    );
    expect(code).toContain('\nlr.step()\nscheduler.step()\n');
    expect(report.entries.filter(entry => entry.original?.endsWith('.step'))).toEqual([]);
  });
});

describe('steps that are not recognised are reported precisely', () => {
  it('two backward() calls before one step()', () => {
    const source = lines(
      'import torch',
      'for x in loader:',
      '    netD.zero_grad()',
      '    err_real = criterion(netD(x), ones)',
      '    err_real.backward()',
      '    err_fake = criterion(netD(fake), zeros)',
      '    err_fake.backward()',
      '    optimizerD.step()'
    );
    const { code, report } = convert(source);
    expect(code).toBe(source.replace('import torch\n', ''));
    const reasons = entriesAbout(report.entries, 'torch.nn.Module.zero_grad', 'torch.Tensor.backward', 'torch.optim.Optimizer.step');
    expect(reasons.map(entry => [entry.kind, entry.line])).toEqual([
      ['unconvert', 3],
      ['unconvert', 5],
      ['unconvert', 7],
      ['unconvert', 8]
    ]);
    expect(reasons[0].note).toBe(
      '2 backward() calls before optimizerD.step(): their gradients accumulate in torch; write one forward function that returns the sum of the losses.'
    );
    expect(reasons[0].suggestion).toBe('mindspore.value_and_grad');
  });

  it('backward() with arguments, a step() without backward(), and gradients read between backward and step', () => {
    const report = convert(
      lines(
        'import torch',
        'for x in loader:',
        '    loss = model(x).sum()',
        '    loss.backward(retain_graph=True)',
        '    optimizer.step()',
        'other_optimizer.step()',
        'for x in loader:',
        '    loss = model(x).sum()',
        '    loss.backward()',
        '    print(model.fc.weight.grad)',
        '    optimizer.step()'
      )
    ).report;
    const notes = entriesAbout(report.entries, 'torch.Tensor.backward', 'torch.optim.Optimizer.step').map(entry => `${entry.line}: ${entry.note}`);
    expect(notes).toEqual([
      '4: loss.backward(retain_graph=True): backward() with arguments (retain_graph, gradients) has no functional counterpart here.',
      '5: loss.backward(retain_graph=True): backward() with arguments (retain_graph, gradients) has no functional counterpart here.',
      '6: No loss.backward() before other_optimizer.step() in the same block: the training step is not recognised.',
      "9: print(model.fc.weight.grad) runs between backward() and step() on the parameters' gradients, which MindSpore does not keep; transform the grads returned by value_and_grad instead.",
      "11: print(model.fc.weight.grad) runs between backward() and step() on the parameters' gradients, which MindSpore does not keep; transform the grads returned by value_and_grad instead."
    ]);
  });
});

describe("the trained network's mode (torch starts in training mode, MindSpore Cells in inference mode)", () => {
  const step = (indent: string, optimizer = 'optimizer', model = 'model') => [
    `${indent}${optimizer}.zero_grad()`,
    `${indent}loss = criterion(${model}(x), y)`,
    `${indent}loss.backward()`,
    `${indent}${optimizer}.step()`
  ];

  it('inserts set_train() after the construction of the network the optimizer was built from, keeping its comment and CRLF', () => {
    const source = lines(
      'import torch',
      'model = Net().to(device)  # the network',
      'criterion = torch.nn.CrossEntropyLoss()',
      'optimizer = torch.optim.SGD(model.parameters(), lr=0.1)',
      'for x, y in loader:',
      ...step('    ')
    ).replace(/\n/g, '\r\n');
    const { code, report } = convert(source);
    expect(code.split('\r\n').slice(0, 5)).toEqual([
      'import mindspore',
      'from mindspore import nn',
      'model = Net()  # the network',
      'model.set_train()',
      'criterion = nn.CrossEntropyLoss()'
    ]);
    expect(code.split('\r\n').filter(line => line.includes('set_train'))).toHaveLength(1);
    const zeroGrad = entriesAbout(report.entries, 'torch.nn.Module.zero_grad')[0];
    expect(zeroGrad.note).toContain('model.set_train() inserted after line 2, where model is built');
  });

  it('inserts it before the outermost training loop where the network is not built in the file, and once per network', () => {
    const { code } = convert(
      lines(
        'import torch',
        'def fit(model, loader, epochs):',
        '    optimizer = torch.optim.Adam(params=model.parameters())',
        '    for epoch in range(epochs):',
        '        for x, y in loader:',
        ...step('            '),
        '    for x, y in loader:',
        ...step('        ')
      )
    );
    const body = code.split('\n').slice(3, 6);
    expect(body).toEqual(['    optimizer = nn.Adam(params=model.trainable_params())', '    model.set_train()', '    for epoch in range(epochs):']);
    expect(code.match(/set_train/g)).toHaveLength(1);
  });

  it('leaves the mode to the file where it sets it, and names the call where the network is not known', () => {
    const managed = convert(
      lines('import torch', 'model = Net()', 'optimizer = torch.optim.SGD(model.parameters(), lr=0.1)', 'model.train()', 'for x, y in loader:', ...step('    '))
    );
    expect(managed.code.match(/set_train/g)).toHaveLength(1);
    expect(managed.code).toContain('\nmodel.set_train()\nfor x, y in loader:');

    const passedIn = convert(lines('import torch', 'def step(model, optimizer, x, y):', ...step('    ')));
    expect(passedIn.code).not.toContain('set_train');
    expect(entriesAbout(passedIn.report.entries, 'torch.nn.Module.zero_grad')[0].note).toContain(
      'Call set_train() on the trained network before training: torch modules start in training mode, MindSpore Cells in inference mode'
    );
  });
});
