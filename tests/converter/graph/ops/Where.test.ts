import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('Where', () => {
  it('is ops.where with broadcasting', async () => {
    const r = await convertOp({ op: 'Where', inputs: [{ name: 'c', shape: [2, 1], dtype: 'bool' }, f32('x', [3]), f32('y', [2, 3])] });
    expect(r.shapes).toEqual([[2, 3]]);
    expect(lineWith(r.code, 'where')).toBe('c = ops.where(c, x, y)');
  });
});
