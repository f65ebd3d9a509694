import { convertOp, f32, lineWith, weights } from '../helpers/oracle';
import { float } from '../helpers/onnxModel';

describe('BatchNormalization', () => {
  it('becomes nn.BatchNorm2d whose momentum is the ONNX momentum (1 - torch momentum) and whose parameters are gamma/beta/moving_*', async () => {
    const r = await convertOp({
      op: 'BatchNormalization',
      inputs: [f32('x', [2, 4, 5, 5])],
      initializers: [weights('s', [4]), weights('b', [4]), weights('m', [4]), weights('v', [4], [1, 2, 3, 4])],
      attrs: { epsilon: float(1e-3), momentum: float(0.8) }
    });
    expect(r.shapes).toEqual([[2, 4, 5, 5]]);
    expect(lineWith(r.code, 'nn.BatchNorm2d')).toBe('self.batchnormalization = nn.BatchNorm2d(4, eps=0.001, momentum=0.8)');
    expect(r.conversion.weightMap.weights.map(w => [w.onnx, w.mindspore])).toEqual([
      ['s', 'batchnormalization.gamma'],
      ['b', 'batchnormalization.beta'],
      ['m', 'batchnormalization.moving_mean'],
      ['v', 'batchnormalization.moving_variance']
    ]);
  });

  it('is nn.BatchNorm1d on (N, C) input and leaves defaults out', async () => {
    const r = await convertOp({
      op: 'BatchNormalization',
      inputs: [f32('x', [3, 6])],
      initializers: [weights('s', [6]), weights('b', [6]), weights('m', [6]), weights('v', [6])]
    });
    expect(lineWith(r.code, 'nn.BatchNorm1d')).toBe('self.batchnormalization = nn.BatchNorm1d(6)');
  });

  it('uses ops.batch_norm with torch-style momentum when the statistics are computed', async () => {
    const r = await convertOp({ op: 'BatchNormalization', inputs: [f32('x', [1, 2, 3]), f32('s', [2]), f32('b', [2]), f32('m', [2]), f32('v', [2])] });
    expect(lineWith(r.code, 'ops.batch_norm')).toBe('x = ops.batch_norm(x, m, v, s, b, momentum=0.1, eps=0.00001)');
  });
});
