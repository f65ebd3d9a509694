import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('AveragePool', () => {
  it('is ops.avg_pool2d, counting the padding only when the model says so', async () => {
    const r = await convertOp({ op: 'AveragePool', inputs: [f32('x', [1, 1, 6, 6])], attrs: { kernel_shape: [3, 3], strides: [1, 1], pads: [1, 1, 1, 1] } });
    expect(r.shapes).toEqual([[1, 1, 6, 6]]);
    expect(lineWith(r.code, 'avg_pool2d')).toBe('x = ops.avg_pool2d(x, 3, stride=1, padding=1, count_include_pad=False)');
  });

  it('is nn.AvgPool1d on 1-D input', async () => {
    const r = await convertOp({ op: 'AveragePool', inputs: [f32('x', [1, 2, 9])], attrs: { kernel_shape: [3], strides: [3] } });
    expect(r.shapes).toEqual([[1, 2, 3]]);
    expect(lineWith(r.code, 'nn.AvgPool1d')).toBe('self.averagepool = nn.AvgPool1d(3, stride=3)');
  });
});
