import { convertOp, f32, ints, lineWith } from '../helpers/oracle';

describe('CumSum', () => {
  it('is ops.cumsum; reverse and exclusive are written with flips and a subtraction', async () => {
    const plain = await convertOp({ op: 'CumSum', inputs: [f32('x', [2, 3])], initializers: [{ name: 'axis', dims: [], dtype: 'int64', values: [1] }] });
    expect(lineWith(plain.code, 'ops.cumsum')).toBe('x = ops.cumsum(x, 1)');
    const both = await convertOp({
      op: 'CumSum',
      inputs: [f32('x', [5])],
      initializers: [ints('axis', [0])],
      attrs: { reverse: 1, exclusive: 1 }
    });
    expect(lineWith(both.code, 'ops.cumsum')).toBe('x = ops.flip(ops.cumsum(ops.flip(x, (0,)), 0) - ops.flip(x, (0,)), (0,))');
  });
});
