import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('GridSample', () => {
  it('is ops.grid_sample with the output size of the grid', async () => {
    const r = await convertOp({ op: 'GridSample', opset: 16, inputs: [f32('x', [1, 3, 5, 5]), f32('grid', [1, 4, 6, 2])], attrs: { align_corners: 1 } });
    expect(r.shapes).toEqual([[1, 3, 4, 6]]);
    expect(lineWith(r.code, 'grid_sample')).toBe("x = ops.grid_sample(x, grid, mode='bilinear', padding_mode='zeros', align_corners=True)");
  });
});
