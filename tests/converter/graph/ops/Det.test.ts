import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('Det', () => {
  it('is ops.det over the last two dims', async () => {
    const r = await convertOp({ op: 'Det', inputs: [f32('x', [5, 3, 3])] });
    expect(r.shapes).toEqual([[5]]);
    expect(lineWith(r.code, 'ops.det')).toBe('x = ops.det(x)');
  });
});
