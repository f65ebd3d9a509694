import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('GlobalLpPool', () => {
  it('is the p-norm over the spatial dims', async () => {
    const r = await convertOp({ op: 'GlobalLpPool', inputs: [f32('x', [1, 3, 4, 5])] });
    expect(r.shapes).toEqual([[1, 3, 1, 1]]);
    expect(lineWith(r.code, 'ops.sqrt')).toBe('x = ops.sqrt(ops.sum(ops.square(x), (2, 3), keepdim=True))');
  });
});
