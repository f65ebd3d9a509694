import { convertOp, f32, ints, lineWith } from '../helpers/oracle';

describe('TopK', () => {
  it('is ops.topk returning values and int64 indices', async () => {
    const r = await convertOp({ op: 'TopK', inputs: [f32('x', [3, 5])], initializers: [ints('k', [2])], attrs: { largest: 0 }, outputs: 2 });
    expect(r.shapes).toEqual([[3, 2], [3, 2]]);
    expect(r.dtypes).toEqual(['float32', 'int64']);
    expect(lineWith(r.code, 'topk')).toBe('out, out_1 = ops.topk(x, 2, dim=1, largest=False, sorted=True)');
  });
});
