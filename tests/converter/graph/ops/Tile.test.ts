import { convertOp, f32, ints, lineWith } from '../helpers/oracle';

describe('Tile', () => {
  it('is ops.tile with constant repeats', async () => {
    const r = await convertOp({ op: 'Tile', inputs: [f32('x', [2, 3])], initializers: [ints('repeats', [2, 1])] });
    expect(r.shapes).toEqual([[4, 3]]);
    expect(lineWith(r.code, 'tile')).toBe('x = ops.tile(x, (2, 1))');
  });
});
