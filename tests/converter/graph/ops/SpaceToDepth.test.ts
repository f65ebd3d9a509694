import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('SpaceToDepth', () => {
  it('is reshape/transpose/reshape', async () => {
    const r = await convertOp({ op: 'SpaceToDepth', inputs: [f32('x', [1, 2, 4, 6])], attrs: { blocksize: 2 } });
    expect(r.shapes).toEqual([[1, 8, 2, 3]]);
    expect(lineWith(r.code, 'ops.reshape')).toBe('x = ops.reshape(ops.transpose(ops.reshape(x, (1, 2, 2, 2, 3, 2)), (0, 3, 5, 1, 2, 4)), (1, 8, 2, 3))');
  });
});
