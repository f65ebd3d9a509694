import { convertOp, f32, ints, lineWith } from '../helpers/oracle';

describe('Split', () => {
  it('is ops.split with sections, one name per output', async () => {
    const r = await convertOp({ op: 'Split', inputs: [f32('x', [2, 6])], initializers: [ints('split', [2, 4])], attrs: { axis: 1 }, outputs: 2 });
    expect(r.shapes).toEqual([[2, 2], [2, 4]]);
    expect(lineWith(r.code, 'ops.split')).toBe('out, out_1 = ops.split(x, (2, 4), axis=1)');
  });

  it('splits evenly without sizes', async () => {
    const r = await convertOp({ op: 'Split', opset: 11, inputs: [f32('x', [6])], outputs: 3 });
    expect(r.shapes).toEqual([[2], [2], [2]]);
    expect(lineWith(r.code, 'ops.split')).toBe('out, out_1, out_2 = ops.split(x, 2, axis=0)');
  });
});
