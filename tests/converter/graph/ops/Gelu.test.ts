import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('Gelu', () => {
  it("is nn.GELU(approximate=False) for 'none' (MindSpore defaults to tanh)", async () => {
    const r = await convertOp({ op: 'Gelu', opset: 20, name: '/act/Gelu', inputs: [f32('x', [3])] });
    expect(lineWith(r.code, 'nn.GELU')).toBe('self.act = nn.GELU(approximate=False)');
    const fn = await convertOp({ op: 'Gelu', opset: 20, inputs: [f32('x', [3])], attrs: { approximate: 'tanh' } });
    expect(lineWith(fn.code, 'ops.gelu')).toBe("x = ops.gelu(x, approximate='tanh')");
  });
});
