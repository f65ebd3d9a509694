import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('DequantizeLinear', () => {
  it('is (x - zero_point) * scale in float', async () => {
    const r = await convertOp({ op: 'DequantizeLinear', inputs: [{ name: 'x', shape: [4], dtype: 'uint8' }, f32('s', []), { name: 'z', shape: [], dtype: 'uint8' }] });
    expect(r.dtypes).toEqual(['float32']);
    expect(lineWith(r.code, 'ops.cast')).toBe('x = (ops.cast(x, mstype.float32) - ops.cast(z, mstype.float32)) * s');
  });
});
