import { convertOp, f32, lineWith } from '../helpers/oracle';
import { float } from '../helpers/onnxModel';

describe('LRN', () => {
  it('is nn.LRN with the radius and the per-element alpha', async () => {
    const r = await convertOp({ op: 'LRN', inputs: [f32('x', [1, 8, 3, 3])], attrs: { size: 5, alpha: float(0.0005), beta: float(0.75), bias: float(2) } });
    expect(lineWith(r.code, 'nn.LRN')).toBe('self.lrn = nn.LRN(depth_radius=2, bias=2.0, alpha=0.0001, beta=0.75)');
  });
});
