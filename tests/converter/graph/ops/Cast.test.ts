import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('Cast', () => {
  it('is ops.cast to the MindSpore dtype', async () => {
    const r = await convertOp({ op: 'Cast', inputs: [f32('x', [2])], attrs: { to: 7 } });
    expect(r.dtypes).toEqual(['int64']);
    expect(lineWith(r.code, 'ops.cast')).toBe('x = ops.cast(x, mstype.int64)');
  });

  it('to the same type is no statement at all', async () => {
    const r = await convertOp({ op: 'Cast', inputs: [f32('x', [2])], attrs: { to: 1 } });
    expect(r.code).toContain('return x');
    expect(r.code).not.toContain('ops.cast');
  });
});
