import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('LpNormalization', () => {
  it('divides by the p-norm along the axis', async () => {
    const r = await convertOp({ op: 'LpNormalization', inputs: [f32('x', [2, 3])], attrs: { p: 1, axis: 0 } });
    expect(lineWith(r.code, 'ops.norm')).toBe('x = x / ops.norm(x, ord=1, dim=0, keepdim=True)');
  });
});
