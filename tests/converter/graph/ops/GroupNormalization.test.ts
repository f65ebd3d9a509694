import { convertOp, f32, lineWith, weights } from '../helpers/oracle';

describe('GroupNormalization', () => {
  it('is nn.GroupNorm with per-channel gamma/beta (opset 21)', async () => {
    const r = await convertOp({ op: 'GroupNormalization', opset: 21, inputs: [f32('x', [2, 6, 4])], initializers: [weights('s', [6]), weights('b', [6])], attrs: { num_groups: 3 } });
    expect(r.shapes).toEqual([[2, 6, 4]]);
    expect(lineWith(r.code, 'nn.GroupNorm')).toBe('self.groupnormalization = nn.GroupNorm(3, 6)');
  });
});
