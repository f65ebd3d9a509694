import { convertOp, f32, i64, lineWith, weights } from '../helpers/oracle';
import { convertModel } from '../helpers/oracle';

describe('element-wise binary arithmetic', () => {
  it.each([
    ['Add', '+'],
    ['Sub', '-'],
    ['Mul', '*'],
    ['Div', '/']
  ])('%s is the Python operator with numpy broadcasting', async (op, operator) => {
    const r = await convertOp({ op, inputs: [f32('x', [2, 1, 4]), f32('y', [3, 1])] });
    expect(r.shapes).toEqual([[2, 3, 4]]);
    expect(lineWith(r.code, ` ${operator} `)).toBe(`x = x ${operator} y`);
  });

  it('Pow is ops.pow, and a one-element constant is written as a scalar', async () => {
    const r = await convertOp({ op: 'Pow', inputs: [f32('x', [2, 3])], initializers: [weights('e', [1], [2])] });
    expect(lineWith(r.code, 'ops.pow')).toBe('x = ops.pow(x, 2.0)');
  });

  it('integer Div truncates, as ONNX does', async () => {
    const r = await convertOp({ op: 'Div', inputs: [i64('x', [4]), i64('y', [4])] });
    expect(lineWith(r.code, 'ops.div')).toBe("x = ops.div(x, y, rounding_mode='trunc')");
  });

  it('folds arithmetic on constants', async () => {
    const r = await convertModel({
      inputs: [f32('x', [2])],
      outputs: [{ name: 'y' }],
      initializers: [weights('a', [2], [1, 2]), weights('b', [2], [3, 4])],
      nodes: [
        { op: 'Mul', inputs: ['a', 'b'], outputs: ['ab'] },
        { op: 'Add', inputs: ['x', 'ab'], outputs: ['y'] }
      ]
    });
    expect(lineWith(r.code, ' + ')).toBe('x = x + Tensor([3.0, 8.0], mstype.float32)');
  });
});
