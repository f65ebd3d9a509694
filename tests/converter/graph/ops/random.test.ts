import { convertOp, f32, lineWith } from '../helpers/oracle';
import { float } from '../helpers/onnxModel';

describe('random generators', () => {
  it('RandomNormalLike is ops.randn_like scaled and shifted', async () => {
    const r = await convertOp({ op: 'RandomNormalLike', inputs: [f32('x', [2, 3])], attrs: { mean: float(1), scale: float(2) } });
    expect(r.shapes).toEqual([[2, 3]]);
    expect(lineWith(r.code, 'randn_like')).toBe('x = ops.randn_like(x, dtype=mstype.float32) * 2.0 + 1.0');
  });

  it('RandomUniformLike is ops.rand_like over [low, high)', async () => {
    const r = await convertOp({ op: 'RandomUniformLike', inputs: [f32('x', [2])], attrs: { low: float(-1), high: float(1) } });
    expect(lineWith(r.code, 'rand_like')).toBe('x = ops.rand_like(x, dtype=mstype.float32) * 2.0 - 1.0');
  });

  it('RandomNormal and RandomUniform take a shape', async () => {
    const normal = await convertOp({ op: 'RandomNormal', inputs: [], attrs: { shape: [2, 2] } });
    expect(normal.shapes).toEqual([[2, 2]]);
    expect(lineWith(normal.code, 'randn')).toBe('out = ops.randn((2, 2), dtype=mstype.float32)');
    const uniform = await convertOp({ op: 'RandomUniform', inputs: [], attrs: { shape: [3] } });
    expect(lineWith(uniform.code, 'ops.rand')).toBe('out = ops.rand((3,), dtype=mstype.float32)');
  });
});
