import { convertOp, f32, lineWith } from '../helpers/oracle';
import { float } from '../helpers/onnxModel';

describe('HardSigmoid', () => {
  it("is nn.HSigmoid with torch's constants (alpha 1/6, beta 1/2)", async () => {
    const r = await convertOp({ op: 'HardSigmoid', name: '/act/HardSigmoid', inputs: [f32('x', [3])], attrs: { alpha: float(1 / 6) } });
    expect(lineWith(r.code, 'HSigmoid')).toBe('self.act = nn.HSigmoid()');
  });

  it('is a clamp of alpha * x + beta otherwise (the ONNX default alpha is 0.2)', async () => {
    const r = await convertOp({ op: 'HardSigmoid', inputs: [f32('x', [3])] });
    expect(lineWith(r.code, 'ops.clamp')).toBe('x = ops.clamp(0.2 * x + 0.5, 0.0, 1.0)');
  });
});
