import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('variadic element-wise ops', () => {
  const inputs = [f32('a', [2, 3]), f32('b', [3]), f32('c', [1, 3])];
  it.each([
    ['Max', 'a = ops.maximum(ops.maximum(a, b), c)'],
    ['Min', 'a = ops.minimum(ops.minimum(a, b), c)'],
    ['Sum', 'a = a + b + c'],
    ['Mean', 'a = (a + b + c) / 3']
  ])('%s of three broadcast inputs', async (op, line) => {
    const r = await convertOp({ op, inputs });
    expect(r.shapes).toEqual([[2, 3]]);
    expect(lineWith(r.code, 'a = ')).toBe(line);
  });
});
