import { convertOp, f32, lineWith, weights } from '../helpers/oracle';

describe('Resize', () => {
  it("is ops.interpolate with the output size for torch's nearest (asymmetric, floor)", async () => {
    const r = await convertOp({
      op: 'Resize',
      inputs: [f32('x', [1, 3, 4, 5])],
      initializers: [weights('roi', [0], []), weights('scales', [4], [1, 1, 2, 2])],
      attrs: { mode: 'nearest', coordinate_transformation_mode: 'asymmetric', nearest_mode: 'floor' }
    });
    expect(r.shapes).toEqual([[1, 3, 8, 10]]);
    expect(lineWith(r.code, 'interpolate')).toBe("x = ops.interpolate(x, size=(8, 10), mode='nearest')");
  });

  it('is bilinear with align_corners from the coordinate mode', async () => {
    const r = await convertOp({
      op: 'Resize',
      inputs: [f32('x', [1, 3, 4, 5])],
      initializers: [weights('roi', [0], []), weights('scales', [0], []), { name: 'sizes', dims: [4], dtype: 'int64', values: [1, 3, 7, 9] }],
      attrs: { mode: 'linear', coordinate_transformation_mode: 'align_corners' }
    });
    expect(r.shapes).toEqual([[1, 3, 7, 9]]);
    expect(lineWith(r.code, 'interpolate')).toBe("x = ops.interpolate(x, size=(7, 9), mode='bilinear', align_corners=True)");
  });
});
