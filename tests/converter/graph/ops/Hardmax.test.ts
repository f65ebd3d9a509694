import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('Hardmax', () => {
  it('is a one-hot of the argmax', async () => {
    const r = await convertOp({ op: 'Hardmax', inputs: [f32('x', [2, 4])] });
    expect(r.shapes).toEqual([[2, 4]]);
    expect(lineWith(r.code, 'one_hot')).toBe('x = ops.one_hot(ops.argmax(x, dim=1), 4, Tensor(1, mstype.float32), Tensor(0, mstype.float32), axis=1)');
  });
});
