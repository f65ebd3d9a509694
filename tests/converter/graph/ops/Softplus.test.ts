import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('Softplus', () => {
  it('is ops.softplus', async () => {
    const r = await convertOp({ op: 'Softplus', inputs: [f32('x', [3])] });
    expect(lineWith(r.code, 'softplus')).toBe('x = ops.softplus(x)');
  });
});
