import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { formatSignature, loadCatalog, MINDSPORE_VERSIONS } from '../../../src/converter/catalog';
import { describeWithShared, REPO_ROOT } from '../../helpers/shared';

const v26 = loadCatalog('2.6.0');
const v22 = loadCatalog('2.2.14');

function signatureOf(name: string, catalog = v26): string[] | undefined {
  return catalog.entry(name)?.signatures?.map(formatSignature);
}

describe('catalog entries', () => {
  it('carries Cell __init__ and construct parameters', () => {
    const conv = v26.entry('mindspore.nn.Conv2d')!;
    expect(conv.kind).toBe('cell');
    expect(signatureOf('mindspore.nn.Conv2d')).toEqual([
      "(in_channels, out_channels, kernel_size, stride=1, pad_mode='same', padding=0, dilation=1, group=1, " +
        "has_bias=False, weight_init=None, bias_init=None, data_format='NCHW', dtype=mstype.float32)"
    ]);
    expect(formatSignature(conv.construct!)).toBe('(x)');
  });

  it('resolves the RNN wrappers to their base parameters without the mode', () => {
    expect(signatureOf('mindspore.nn.LSTM')![0]).toMatch(/^\(input_size, hidden_size, num_layers=1, has_bias=True,/);
    expect(signatureOf('mindspore.nn.RNN')![0]).toMatch(/\*, nonlinearity='tanh'\)$/);
  });

  it('keeps keyword-only markers of generated overloads', () => {
    expect(signatureOf('mindspore.mint.nn.functional.gelu')).toEqual(["(input, *, approximate='none')"]);
    expect(signatureOf('mindspore.mint.add')).toEqual(['(input, other, *, alpha=1)']);
    expect(signatureOf('mindspore.mint.max')).toEqual(['(input)', '(input, dim, keepdim=False)', '(input, other)']);
  });

  it('lists Tensor methods from Python and api_def overloads, without self', () => {
    expect(v26.entry('mindspore.Tensor.view')?.kind).toBe('method');
    expect(signatureOf('mindspore.Tensor.view')).toEqual(['(*shape)']);
    expect(signatureOf('mindspore.Tensor.max')).toContain('(dim, keepdim=False)');
    expect(signatureOf('mindspore.Tensor.where')).toContain('(condition, other)');
    expect(v26.entry('mindspore.Tensor.shape')?.kind).toBe('property');
  });

  it('knows names bound outside __all__, and not names listed but unbound', () => {
    expect(v26.entry('mindspore.value_and_grad')?.listed).toBe(false);
    expect(signatureOf('mindspore.value_and_grad')).toEqual([
      '(fn, grad_position=0, weights=None, has_aux=False, return_ids=False)'
    ]);
    expect(v26.entry('mindspore.mint.nn.LayerNorm')).toBeDefined();
    // mint.__all__ extends with the functional names, but mint does not bind them.
    expect(v26.entry('mindspore.mint.relu')).toBeUndefined();
    expect(v26.entry('mindspore.mint.nn.functional.relu')?.kind).toBe('function');
  });

  it('follows re-exports to the same definition', () => {
    expect(signatureOf('mindspore.ops.function.flatten')).toEqual(signatureOf('mindspore.ops.flatten'));
    expect(v26.entry('mindspore.ops.Tensor')?.members).toBe('mindspore.Tensor');
  });

  it('has the optimizers of both families', () => {
    expect(signatureOf('mindspore.experimental.optim.Adam')![0]).toMatch(/^\(params, lr=0.001, betas=\(0.9, 0.999\),/);
    expect(signatureOf('mindspore.nn.Adam')![0]).toMatch(/^\(params, learning_rate=0.001, beta1=0.9, beta2=0.999,/);
  });

  it('differs between versions', () => {
    expect(v22.version).toBe('2.2.14');
    expect(v22.isNamespace('mindspore.mint')).toBe(false);
    expect(v22.resolve('mindspore.mint').status).toBe('unknown');
    expect(v22.entry('mindspore.Tensor.view')).toBeDefined();
  });
});

describe('Catalog.resolve', () => {
  it.each([
    ['mindspore.nn', 'found'],
    ['mindspore.nn.Conv2d', 'found'],
    ['mindspore.ops.P.ReLU', 'found'],
    ['mindspore.ops.Tensor.view', 'found'],
    ['mindspore.float32', 'found'],
    ['mindspore.nn.Conv2dd', 'unknown'],
    ['mindspore.Tensor.no_such_method', 'unknown'],
    ['mindspore.no_such_module.X', 'unknown'],
    ['mindspore.dataset.GeneratorDataset', 'unchecked'],
    ['mindspore.nn.layer.conv.Conv2d', 'unchecked'],
    ['mindspore.float32.something', 'unchecked']
  ])('%s is %s', (name, status) => {
    expect(v26.resolve(name).status).toBe(status);
  });

  it('names the missing prefix', () => {
    expect(v26.resolve('mindspore.no_such_module.X')).toEqual({
      status: 'unknown',
      missing: 'mindspore.no_such_module',
      namespace: 'mindspore'
    });
  });
});

describe('catalog files', () => {
  it.each(MINDSPORE_VERSIONS.map(v => [v]))('mindspore-%s.json stays compact', version => {
    const size = statSync(join(REPO_ROOT, 'mappings', 'catalog', `mindspore-${version}.json`)).size;
    expect(size).toBeLessThan(600_000);
  });
});

describeWithShared('scripts/build-catalog.py', shared => {
  it('reproduces the committed catalogs from ../shared/msapi', () => {
    const out = mkdtempSync(join(tmpdir(), 'catalog-'));
    try {
      execFileSync('/usr/bin/python3', [join(REPO_ROOT, 'scripts', 'build-catalog.py'), '--shared', join(shared, 'msapi'), '--out', out]);
      for (const version of MINDSPORE_VERSIONS) {
        const name = `mindspore-${version}.json`;
        expect(readFileSync(join(out, name), 'utf8')).toBe(readFileSync(join(REPO_ROOT, 'mappings', 'catalog', name), 'utf8'));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
