import {
  acceptsKeyword,
  bindArguments,
  bindingOk,
  bindOverloads,
  formatSignature,
  parseSignature,
  positionalParams
} from '../../../src/converter/catalog';

const conv2d = parseSignature([
  'in_channels',
  'out_channels',
  'kernel_size',
  'stride=1',
  "pad_mode='same'",
  'padding=0'
]);
const gelu = parseSignature(['input', '*', "approximate='none'"]);
const view = parseSignature(['*shape']);
const posOnly = parseSignature(['x', '/', 'y=2', '**kwargs']);

describe('parseSignature / formatSignature', () => {
  it('reads kinds and defaults', () => {
    expect(gelu.params).toEqual([
      { name: 'input', kind: 'positional-or-keyword' },
      { name: 'approximate', kind: 'keyword-only', default: "'none'" }
    ]);
    expect(view.params).toEqual([{ name: 'shape', kind: 'var-positional' }]);
    expect(posOnly.params.map(p => p.kind)).toEqual(['positional-only', 'positional-or-keyword', 'var-keyword']);
  });

  it('prints the signature as Python does', () => {
    expect(formatSignature(conv2d)).toBe("(in_channels, out_channels, kernel_size, stride=1, pad_mode='same', padding=0)");
    expect(formatSignature(gelu)).toBe("(input, *, approximate='none')");
    expect(formatSignature(posOnly)).toBe('(x, /, y=2, **kwargs)');
    expect(formatSignature(parseSignature(['*args', 'k=1']))).toBe('(*args, k=1)');
  });

  it('rejects a malformed parameter', () => {
    expect(() => parseSignature(['in channels'])).toThrow("malformed catalog parameter 'in channels'");
  });

  it('lists positional parameters and keyword acceptance', () => {
    expect(positionalParams(gelu).map(p => p.name)).toEqual(['input']);
    expect(positionalParams(view)).toEqual([]);
    expect(acceptsKeyword(gelu, 'approximate')).toBe(true);
    expect(acceptsKeyword(conv2d, 'padding_mode')).toBe(false);
    expect(acceptsKeyword(posOnly, 'anything')).toBe(true);
  });
});

describe('bindArguments', () => {
  it('accepts a call that binds', () => {
    expect(bindingOk(bindArguments(conv2d, { positional: 3, keywords: ['pad_mode', 'padding'] }))).toBe(true);
    expect(bindingOk(bindArguments(view, { positional: 4, keywords: [] }))).toBe(true);
  });

  it('finds too many positional arguments', () => {
    expect(bindArguments(gelu, { positional: 2, keywords: [] }).tooManyPositional).toEqual({ accepted: 1, given: 2 });
  });

  it('finds unknown and duplicate keywords', () => {
    const problems = bindArguments(conv2d, { positional: 3, keywords: ['padding_mode', 'kernel_size'] });
    expect(problems.unknownKeywords).toEqual(['padding_mode']);
    expect(problems.duplicateKeywords).toEqual(['kernel_size']);
  });

  it('finds missing required arguments', () => {
    expect(bindArguments(conv2d, { positional: 1, keywords: ['kernel_size'] }).missing).toEqual(['out_channels']);
  });

  it('treats a positional-only name given by keyword as **kwargs', () => {
    const problems = bindArguments(posOnly, { positional: 0, keywords: ['x'] });
    expect(problems.unknownKeywords).toEqual([]);
    expect(problems.missing).toEqual(['x']);
    const strict = parseSignature(['x', '/']);
    expect(bindArguments(strict, { positional: 0, keywords: ['x'] }).unknownKeywords).toEqual(['x']);
  });

  it('never blames what *args or **kwargs could supply', () => {
    expect(bindingOk(bindArguments(conv2d, { positional: 0, keywords: [], starArgs: true }))).toBe(true);
    expect(bindingOk(bindArguments(conv2d, { positional: 1, keywords: [], starKwargs: true }))).toBe(true);
    expect(bindArguments(gelu, { positional: 5, keywords: [], starArgs: true }).tooManyPositional).toBeUndefined();
  });
});

describe('bindOverloads', () => {
  const max = [parseSignature(['input']), parseSignature(['input', 'dim', 'keepdim=False'])];

  it('accepts a call any overload takes', () => {
    expect(bindingOk(bindOverloads(max, { positional: 1, keywords: ['dim'] }))).toBe(true);
    expect(bindingOk(bindOverloads(max, { positional: 1, keywords: [] }))).toBe(true);
  });

  it('reports the closest overload otherwise', () => {
    const problems = bindOverloads(max, { positional: 1, keywords: ['dim', 'keepdims'] });
    expect(problems.unknownKeywords).toEqual(['keepdims']);
    expect(problems.missing).toEqual([]);
  });
});
