import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('ArgMax', () => {
  it('is ops.argmax(dim, keepdim) with int64 indices', async () => {
    const r = await convertOp({ op: 'ArgMax', inputs: [f32('x', [2, 3, 4])], attrs: { axis: 1, keepdims: 0 } });
    expect(r.shapes).toEqual([[2, 4]]);
    expect(r.dtypes).toEqual(['int64']);
    expect(lineWith(r.code, 'ops.argmax')).toBe('x = ops.argmax(x, dim=1, keepdim=False)');
  });

  it('finds the last index with select_last_index by flipping', async () => {
    const r = await convertOp({ op: 'ArgMax', inputs: [f32('x', [2, 5])], attrs: { axis: -1, select_last_index: 1 } });
    expect(r.shapes).toEqual([[2, 1]]);
    expect(lineWith(r.code, 'ops.argmax')).toBe('x = 4 - ops.argmax(ops.flip(x, (1,)), dim=1, keepdim=True)');
  });
});
