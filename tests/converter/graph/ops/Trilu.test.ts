import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('Trilu', () => {
  it('is ops.triu / ops.tril with the diagonal offset', async () => {
    const r = await convertOp({ op: 'Trilu', opset: 14, inputs: [f32('x', [3, 3])], initializers: [{ name: 'k', dims: [], dtype: 'int64', values: [1] }], attrs: { upper: 0 } });
    expect(lineWith(r.code, 'tril')).toBe('x = ops.tril(x, 1)');
  });
});
