import { convertOp, f32, i64, lineWith } from '../helpers/oracle';

describe('GatherND', () => {
  it('is ops.gather_nd', async () => {
    const r = await convertOp({ op: 'GatherND', inputs: [f32('x', [2, 3, 4]), i64('i', [5, 2])] });
    expect(r.shapes).toEqual([[5, 4]]);
    expect(lineWith(r.code, 'gather_nd')).toBe('x = ops.gather_nd(x, i)');
  });
});
