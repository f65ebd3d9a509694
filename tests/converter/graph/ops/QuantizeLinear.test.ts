import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('QuantizeLinear', () => {
  it('rounds, shifts and saturates to the zero point type', async () => {
    const r = await convertOp({ op: 'QuantizeLinear', inputs: [f32('x', [4]), f32('s', []), { name: 'z', shape: [], dtype: 'int8' }] });
    expect(r.dtypes).toEqual(['int8']);
    expect(lineWith(r.code, 'ops.round')).toBe('x = ops.cast(ops.clamp(ops.round(x / s) + ops.cast(z, mstype.float32), -128, 127), mstype.int8)');
  });
});
