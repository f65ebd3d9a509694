import { convertOp, f32, i64, lineWith } from '../helpers/oracle';

describe('GatherElements', () => {
  it('is ops.gather_elements with the index shape', async () => {
    const r = await convertOp({ op: 'GatherElements', inputs: [f32('x', [3, 3]), i64('i', [2, 3])], attrs: { axis: -1 } });
    expect(r.shapes).toEqual([[2, 3]]);
    expect(lineWith(r.code, 'gather_elements')).toBe('x = ops.gather_elements(x, 1, i)');
  });
});
