import { convertOp, f32, lineWith, weights } from '../helpers/oracle';
import { float } from '../helpers/onnxModel';

describe('LayerNormalization', () => {
  it("is nn.LayerNorm with ONNX's epsilon written (MindSpore's default is 1e-7)", async () => {
    const r = await convertOp({ op: 'LayerNormalization', opset: 17, inputs: [f32('x', [2, 5, 8])], initializers: [weights('g', [8]), weights('b', [8])] });
    expect(r.shapes[0]).toEqual([2, 5, 8]);
    expect(lineWith(r.code, 'nn.LayerNorm')).toBe('self.layernormalization = nn.LayerNorm((8,), epsilon=0.00001)');
  });

  it('normalizes from `axis` on with begin_norm_axis/begin_params_axis', async () => {
    const r = await convertOp({ op: 'LayerNormalization', opset: 17, inputs: [f32('x', [2, 5, 8])], initializers: [weights('g', [5, 8]), weights('b', [5, 8])], attrs: { axis: 1, epsilon: float(1e-6) } });
    expect(lineWith(r.code, 'nn.LayerNorm')).toBe('self.layernormalization = nn.LayerNorm((5, 8), begin_norm_axis=1, begin_params_axis=1, epsilon=0.000001)');
  });
});
