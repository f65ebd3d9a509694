import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('ArgMin', () => {
  it('is ops.argmin(axis, keepdims)', async () => {
    const r = await convertOp({ op: 'ArgMin', inputs: [f32('x', [2, 3])] });
    expect(r.shapes).toEqual([[1, 3]]);
    expect(lineWith(r.code, 'ops.argmin')).toBe('x = ops.argmin(x, axis=0, keepdims=True)');
  });
});
