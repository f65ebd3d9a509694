import { convertOp, f32, lineWith } from '../helpers/oracle';
import { floats } from '../helpers/onnxModel';

describe('Upsample', () => {
  it('is nearest interpolation to the scaled size (scales attribute before opset 9)', async () => {
    const r = await convertOp({ op: 'Upsample', opset: 7, inputs: [f32('x', [1, 1, 2, 3])], attrs: { scales: floats([1, 1, 2, 3]) } });
    expect(r.shapes).toEqual([[1, 1, 4, 9]]);
    expect(lineWith(r.code, 'interpolate')).toBe("x = ops.interpolate(x, size=(4, 9), mode='nearest')");
  });
});
