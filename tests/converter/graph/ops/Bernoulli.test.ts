import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('Bernoulli', () => {
  it('draws ones with the probabilities of the input', async () => {
    const r = await convertOp({ op: 'Bernoulli', opset: 15, inputs: [f32('x', [3, 4])] });
    expect(r.shapes).toEqual([[3, 4]]);
    expect(lineWith(r.code, 'rand_like')).toBe('x = ops.cast(ops.rand_like(x) < x, mstype.float32)');
  });
});
