import { className, formatFloat, identifier, py, render } from '../../../../src/converter/graph/codegen/python';

describe('Python literals', () => {
  it('prints float32 attributes at float32 precision', () => {
    expect(formatFloat(Math.fround(1e-5), true)).toBe('0.00001');
    expect(formatFloat(Math.fround(0.1), true)).toBe('0.1');
    expect(formatFloat(1e-7)).toBe('1e-07');
    expect(formatFloat(3)).toBe('3.0');
    expect(formatFloat(-Infinity)).toBe("-float('inf')");
  });

  it('renders tuples, one-element tuples and strings as Python does', () => {
    expect(render(py.ints([1]))).toBe('(1,)');
    expect(render(py.tuple([py.int(1), py.str("it's")]))).toBe("(1, 'it\\'s')");
    expect(render(py.list([py.bool(true), py.none()]))).toBe('[True, None]');
  });

  it('makes identifiers and class names from torch names', () => {
    expect(identifier('layer1.0')).toBe('layer1_0');
    expect(identifier('1x')).toBe('_1x');
    expect(identifier('lambda')).toBe('lambda_');
    expect(className('conv_block')).toBe('ConvBlock');
    expect(className('0')).toBe('Block0');
  });
});
