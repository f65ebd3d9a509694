import { convertOp, f32, i64, lineWith } from '../helpers/oracle';

describe('CastLike', () => {
  it("casts to the second input's type", async () => {
    const r = await convertOp({ op: 'CastLike', opset: 15, inputs: [i64('x', [2]), f32('like', [1])] });
    expect(r.dtypes).toEqual(['float32']);
    expect(lineWith(r.code, 'ops.cast')).toBe('x = ops.cast(x, mstype.float32)');
  });
});
