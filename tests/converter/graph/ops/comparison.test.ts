import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('comparisons', () => {
  it.each([
    ['Equal', '=='],
    ['Less', '<'],
    ['LessOrEqual', '<='],
    ['Greater', '>'],
    ['GreaterOrEqual', '>=']
  ])('%s is the Python operator and gives bool', async (op, operator) => {
    const r = await convertOp({ op, inputs: [f32('x', [3, 1]), f32('y', [4])] });
    expect(r.shapes).toEqual([[3, 4]]);
    expect(r.dtypes).toEqual(['bool']);
    expect(lineWith(r.code, ` ${operator} `)).toBe(`x = x ${operator} y`);
  });
});
