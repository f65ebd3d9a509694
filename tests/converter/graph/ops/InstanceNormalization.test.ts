import { convertOp, f32, lineWith, weights } from '../helpers/oracle';

describe('InstanceNormalization', () => {
  it('is nn.InstanceNorm2d on 4-D input', async () => {
    const r = await convertOp({ op: 'InstanceNormalization', inputs: [f32('x', [1, 3, 4, 4])], initializers: [weights('s', [3]), weights('b', [3])] });
    expect(lineWith(r.code, 'InstanceNorm2d')).toBe('self.instancenormalization = nn.InstanceNorm2d(3)');
  });

  it('is written out on other ranks', async () => {
    const r = await convertOp({ op: 'InstanceNormalization', inputs: [f32('x', [1, 3, 4, 4, 4]), f32('s', [3]), f32('b', [3])] });
    expect(r.shapes).toEqual([[1, 3, 4, 4, 4]]);
    expect(lineWith(r.code, 'ops.var')).toBe(
      'x = (x - ops.mean(x, (2, 3, 4), keep_dims=True)) / ops.sqrt(ops.var(x, (2, 3, 4), keepdims=True) + 0.00001) * ops.reshape(s, (1, -1, 1, 1, 1)) + ops.reshape(b, (1, -1, 1, 1, 1))'
    );
  });
});
