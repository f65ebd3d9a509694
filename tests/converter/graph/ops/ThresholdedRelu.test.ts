import { convertOp, f32, lineWith } from '../helpers/oracle';
import { float } from '../helpers/onnxModel';

describe('ThresholdedRelu', () => {
  it('is ops.threshold (values not above alpha become 0)', async () => {
    const r = await convertOp({ op: 'ThresholdedRelu', inputs: [f32('x', [3])], attrs: { alpha: float(2) } });
    expect(lineWith(r.code, 'threshold')).toBe('x = ops.threshold(x, thr=2.0, value=0.0)');
  });
});
