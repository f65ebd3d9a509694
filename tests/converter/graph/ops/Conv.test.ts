import { convertOp, f32, lineWith, weights } from '../helpers/oracle';

describe('Conv', () => {
  it('becomes nn.Conv2d with MindSpore padding order (top, bottom, left, right)', async () => {
    const r = await convertOp({
      op: 'Conv',
      inputs: [f32('x', [1, 3, 9, 9])],
      initializers: [weights('w', [4, 3, 3, 3]), weights('b', [4])],
      attrs: { pads: [1, 2, 3, 4], strides: [2, 2] }
    });
    // H: (9 + 1 + 3 - 3) / 2 + 1 = 6; W: (9 + 2 + 4 - 3) / 2 + 1 = 7
    expect(r.shapes).toEqual([[1, 4, 6, 7]]);
    expect(lineWith(r.code, 'nn.Conv2d')).toBe("self.conv = nn.Conv2d(3, 4, 3, stride=2, pad_mode='pad', padding=(1, 3, 2, 4), has_bias=True)");
  });

  it('keeps groups and dilations, and no bias means has_bias is left at its default', async () => {
    const r = await convertOp({
      op: 'Conv',
      inputs: [f32('x', [1, 8, 10, 10])],
      initializers: [weights('w', [8, 2, 3, 3])],
      attrs: { group: 4, dilations: [2, 2] }
    });
    expect(r.shapes).toEqual([[1, 8, 6, 6]]);
    expect(lineWith(r.code, 'nn.Conv2d')).toBe("self.conv = nn.Conv2d(8, 8, 3, pad_mode='pad', dilation=2, group=4)");
  });

  it('stores a Conv1d weight with the extra axis MindSpore builds it with', async () => {
    const r = await convertOp({ op: 'Conv', inputs: [f32('x', [1, 2, 10])], initializers: [weights('w', [5, 2, 3])], attrs: { pads: [1, 1] } });
    expect(r.shapes).toEqual([[1, 5, 10]]);
    expect(lineWith(r.code, 'nn.Conv1d')).toBe("self.conv = nn.Conv1d(2, 5, 3, pad_mode='pad', padding=1)");
    expect(r.conversion.weightMap.weights).toEqual([expect.objectContaining({ mindspore: 'conv.weight', shape: [5, 2, 1, 3] })]);
  });

  it('uses ops.conv2d when the weight is computed', async () => {
    const r = await convertOp({ op: 'Conv', inputs: [f32('x', [1, 3, 8, 8]), f32('w', [6, 3, 3, 3])], attrs: { pads: [1, 1, 1, 1] } });
    expect(r.shapes).toEqual([[1, 6, 8, 8]]);
    expect(lineWith(r.code, 'ops.conv2d')).toBe("x = ops.conv2d(x, w, pad_mode='pad', padding=1)");
  });
});
