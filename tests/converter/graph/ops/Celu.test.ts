import { convertOp, f32, lineWith } from '../helpers/oracle';
import { float } from '../helpers/onnxModel';

describe('Celu', () => {
  it('is ops.celu with alpha', async () => {
    const r = await convertOp({ op: 'Celu', inputs: [f32('x', [4])], attrs: { alpha: float(2) } });
    expect(lineWith(r.code, 'ops.celu')).toBe('x = ops.celu(x, alpha=2.0)');
  });
});
