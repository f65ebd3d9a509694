import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('Mod', () => {
  it('is ops.remainder (sign of the divisor) or ops.fmod (fmod=1)', async () => {
    const r = await convertOp({ op: 'Mod', inputs: [f32('a', [3]), f32('b', [3])], attrs: { fmod: 1 } });
    expect(lineWith(r.code, 'fmod')).toBe('a = ops.fmod(a, b)');
    const python = await convertOp({ op: 'Mod', inputs: [{ name: 'a', shape: [3], dtype: 'int64' }, { name: 'b', shape: [3], dtype: 'int64' }] });
    expect(lineWith(python.code, 'remainder')).toBe('a = ops.remainder(a, b)');
  });
});
