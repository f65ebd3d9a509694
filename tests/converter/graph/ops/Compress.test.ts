import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('Compress', () => {
  it('selects slices where the condition holds; their number is data-dependent', async () => {
    const r = await convertOp({ op: 'Compress', inputs: [f32('x', [3, 2]), { name: 'c', shape: [3], dtype: 'bool' }], attrs: { axis: 0 } });
    expect(r.shapes).toEqual([[-1, 2]]);
    expect(lineWith(r.code, 'index_select')).toBe('x = ops.index_select(x, 0, ops.nonzero(c)[:, 0])');
  });
});
