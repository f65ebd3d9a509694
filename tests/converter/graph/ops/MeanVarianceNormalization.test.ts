import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('MeanVarianceNormalization', () => {
  it('subtracts the mean and divides by the standard deviation over the axes', async () => {
    const r = await convertOp({ op: 'MeanVarianceNormalization', inputs: [f32('x', [2, 3, 4, 5])] });
    expect(lineWith(r.code, 'ops.var')).toBe('x = (x - ops.mean(x, (0, 2, 3), keep_dims=True)) / (ops.sqrt(ops.var(x, (0, 2, 3), keepdims=True)) + 1e-09)');
  });
});
