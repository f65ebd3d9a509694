import { convertOp, i64, lineWith, weights } from '../helpers/oracle';

describe('OneHot', () => {
  it('is ops.one_hot with the depth and the on/off values', async () => {
    const r = await convertOp({
      op: 'OneHot',
      inputs: [i64('i', [4])],
      initializers: [{ name: 'depth', dims: [], dtype: 'int64', values: [3] }, weights('values', [2], [0, 5])],
      attrs: { axis: 0 }
    });
    expect(r.shapes).toEqual([[3, 4]]);
    expect(lineWith(r.code, 'one_hot')).toBe('i = ops.one_hot(i, 3, Tensor(5.0, mstype.float32), Tensor(0.0, mstype.float32), axis=0)');
  });
});
