import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('NonZero', () => {
  it('is ops.nonzero transposed to (rank, count); the count is data-dependent', async () => {
    const r = await convertOp({ op: 'NonZero', inputs: [f32('x', [2, 3])] });
    expect(r.shapes).toEqual([[2, -1]]);
    expect(lineWith(r.code, 'nonzero')).toBe('x = ops.nonzero(x).T');
  });
});
