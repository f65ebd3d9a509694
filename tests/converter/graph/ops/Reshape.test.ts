import { convertOp, f32, ints, lineWith } from '../helpers/oracle';

describe('Reshape', () => {
  it('keeps -1 and resolves 0 (copy the dim) in the written shape', async () => {
    const r = await convertOp({ op: 'Reshape', inputs: [f32('x', [2, 3, 4])], initializers: [ints('shape', [0, -1])] });
    expect(r.shapes).toEqual([[2, 12]]);
    expect(lineWith(r.code, 'ops.reshape')).toBe('x = ops.reshape(x, (2, -1))');
  });

  it('keeps a 0 dim with allowzero', async () => {
    const r = await convertOp({ op: 'Reshape', opset: 14, inputs: [f32('x', [0, 3])], initializers: [ints('shape', [3, 0])], attrs: { allowzero: 1 } });
    expect(r.shapes).toEqual([[3, 0]]);
  });
});
