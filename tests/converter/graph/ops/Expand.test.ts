import { convertOp, f32, ints, lineWith } from '../helpers/oracle';

describe('Expand', () => {
  it('broadcasts to the target shape with ops.broadcast_to', async () => {
    const r = await convertOp({ op: 'Expand', inputs: [f32('x', [3, 1])], initializers: [ints('shape', [2, 1, 4])] });
    expect(r.shapes).toEqual([[2, 3, 4]]);
    expect(lineWith(r.code, 'broadcast_to')).toBe('x = ops.broadcast_to(x, (2, 3, 4))');
  });
});
