import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('IsInf', () => {
  it('is ops.isinf, or a comparison for one sign', async () => {
    const both = await convertOp({ op: 'IsInf', inputs: [f32('x', [3])] });
    expect(both.dtypes).toEqual(['bool']);
    expect(lineWith(both.code, 'isinf')).toBe('x = ops.isinf(x)');
    const negative = await convertOp({ op: 'IsInf', inputs: [f32('x', [3])], attrs: { detect_positive: 0 } });
    expect(lineWith(negative.code, "float('-inf')")).toBe("x = x == float('-inf')");
  });
});
