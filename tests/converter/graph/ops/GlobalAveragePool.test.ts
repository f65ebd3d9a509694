import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('GlobalAveragePool', () => {
  it('is a mean over the spatial dims', async () => {
    const r = await convertOp({ op: 'GlobalAveragePool', inputs: [f32('x', [2, 3, 4, 5])] });
    expect(r.shapes).toEqual([[2, 3, 1, 1]]);
    expect(lineWith(r.code, 'ops.mean')).toBe('x = ops.mean(x, (2, 3), keep_dims=True)');
  });

  it('is nn.AdaptiveAvgPool2d(1) as the whole of a torch module', async () => {
    const r = await convertOp({ op: 'GlobalAveragePool', name: '/avgpool/GlobalAveragePool', inputs: [f32('x', [2, 3, 4, 5])] });
    expect(lineWith(r.code, 'AdaptiveAvgPool2d')).toBe('self.avgpool = nn.AdaptiveAvgPool2d(1)');
  });
});
