import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('GlobalMaxPool', () => {
  it('is an amax over the spatial dims', async () => {
    const r = await convertOp({ op: 'GlobalMaxPool', inputs: [f32('x', [1, 3, 4, 5, 6])] });
    expect(r.shapes).toEqual([[1, 3, 1, 1, 1]]);
    expect(lineWith(r.code, 'ops.amax')).toBe('x = ops.amax(x, (2, 3, 4), keepdims=True)');
  });
});
