import { convertOp, lineWith } from '../helpers/oracle';

describe('BitShift', () => {
  it('maps the direction to the left/right shift function', async () => {
    const r = await convertOp({ op: 'BitShift', inputs: [{ name: 'x', shape: [3], dtype: 'int32' }, { name: 'n', shape: [3], dtype: 'int32' }], attrs: { direction: 'RIGHT' } });
    expect(r.shapes).toEqual([[3]]);
    expect(lineWith(r.code, 'shift')).toBe('x = ops.bitwise_right_shift(x, n)');
  });
});
