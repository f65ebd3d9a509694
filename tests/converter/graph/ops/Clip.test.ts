import { convertOp, f32, lineWith, weights } from '../helpers/oracle';
import { float } from '../helpers/onnxModel';

describe('Clip', () => {
  it('is ReLU6 for [0, 6] (torch exports ReLU6 so)', async () => {
    const r = await convertOp({ op: 'Clip', name: '/act/Clip', inputs: [f32('x', [2, 3])], initializers: [weights('lo', [], [0]), weights('hi', [], [6])] });
    expect(lineWith(r.code, 'ReLU6')).toBe('self.act = nn.ReLU6()');
  });

  it('is ops.clamp with the bounds from inputs (opset 11+) or attributes (before)', async () => {
    const inputs = await convertOp({ op: 'Clip', inputs: [f32('x', [2])], initializers: [weights('lo', [], [-1])], nodeInputs: ['x', 'lo'] });
    expect(lineWith(inputs.code, 'ops.clamp')).toBe('x = ops.clamp(x, -1.0, None)');
    const attrs = await convertOp({ op: 'Clip', opset: 6, inputs: [f32('x', [2])], attrs: { min: float(0.5), max: float(2) } });
    expect(lineWith(attrs.code, 'ops.clamp')).toBe('x = ops.clamp(x, 0.5, 2.0)');
  });
});
