import { convertOp, f32, lineWith, weights } from '../helpers/oracle';

describe('PRelu', () => {
  it('is nn.PReLU with one slope per channel as a module (torch stores them as (C, 1, 1))', async () => {
    const r = await convertOp({ op: 'PRelu', name: '/act/PRelu', inputs: [f32('x', [1, 3, 4, 4])], initializers: [weights('slope', [3, 1, 1])] });
    expect(lineWith(r.code, 'nn.PReLU')).toBe('self.act = nn.PReLU(channel=3)');
    expect(r.conversion.weightMap.weights[0]).toMatchObject({ mindspore: 'act.w', shape: [3] });
  });

  it('is a where() for a computed slope', async () => {
    const r = await convertOp({ op: 'PRelu', inputs: [f32('x', [2, 3]), f32('s', [2, 1])] });
    expect(lineWith(r.code, 'ops.where')).toBe('x = ops.where(x >= 0, x, x * s)');
  });
});
