import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('Selu', () => {
  it("is ops.selu with the standard constants", async () => {
    const r = await convertOp({ op: 'Selu', inputs: [f32('x', [3])] });
    expect(lineWith(r.code, 'selu')).toBe('x = ops.selu(x)');
  });
});
