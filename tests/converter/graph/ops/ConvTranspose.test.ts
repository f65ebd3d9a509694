import { convertOp, f32, lineWith, weights } from '../helpers/oracle';

describe('ConvTranspose', () => {
  it('becomes nn.Conv2dTranspose with in_channels from the weight and out_channels x group', async () => {
    const r = await convertOp({
      op: 'ConvTranspose',
      inputs: [f32('x', [1, 4, 5, 5])],
      initializers: [weights('w', [4, 3, 4, 4])],
      attrs: { strides: [2, 2], pads: [1, 1, 1, 1] }
    });
    // 2 * (5 - 1) + 4 - 2 = 10
    expect(r.shapes).toEqual([[1, 3, 10, 10]]);
    expect(lineWith(r.code, 'nn.Conv2dTranspose')).toBe("self.convtranspose = nn.Conv2dTranspose(4, 3, 4, stride=2, pad_mode='pad', padding=1)");
  });

  it('derives the pads from output_shape', async () => {
    const r = await convertOp({
      op: 'ConvTranspose',
      inputs: [f32('x', [1, 1, 3, 3])],
      initializers: [weights('w', [1, 2, 3, 3])],
      attrs: { strides: [3, 2], output_shape: [10, 8] }
    });
    expect(r.shapes).toEqual([[1, 2, 10, 8]]);
  });

  it('uses ops.conv_transpose2d when the weight is computed', async () => {
    const r = await convertOp({ op: 'ConvTranspose', inputs: [f32('x', [1, 2, 3, 3]), f32('w', [2, 5, 3, 3])] });
    expect(r.shapes).toEqual([[1, 5, 5, 5]]);
    expect(lineWith(r.code, 'ops.conv_transpose2d')).toBe('x = ops.conv_transpose2d(x, w, None, stride=1, padding=0, output_padding=0, groups=1, dilation=1)');
  });
});
