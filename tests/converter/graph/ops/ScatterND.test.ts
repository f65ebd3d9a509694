import { convertModel, convertOp, f32, i64, lineWith, weights } from '../helpers/oracle';

describe('ScatterND', () => {
  it('is ops.tensor_scatter_update, or the add/mul/max/min variant for a reduction', async () => {
    const plain = await convertOp({ op: 'ScatterND', inputs: [f32('x', [4, 3]), i64('i', [2, 1]), f32('u', [2, 3])] });
    expect(lineWith(plain.code, 'scatter')).toBe('x = ops.tensor_scatter_update(x, i, u)');
    const add = await convertOp({ op: 'ScatterND', opset: 16, inputs: [f32('x', [4, 3]), i64('i', [2, 1]), f32('u', [2, 3])], attrs: { reduction: 'add' } });
    expect(lineWith(add.code, 'scatter')).toBe('x = ops.tensor_scatter_add(x, i, u)');
  });

  it('folds on constants (a mask built region by region), with negative indices and a reduction', async () => {
    const r = await convertModel({
      inputs: [f32('x', [3, 2])],
      outputs: [{ name: 'y' }],
      initializers: [weights('zeros', [3, 2], [0, 0, 0, 0, 0, 0]), { name: 'rows', dims: [2, 1], dtype: 'int64', values: [-1, 0] }, weights('u', [2, 2], [1, 2, 3, 4]), { name: 'cell', dims: [1, 2], dtype: 'int64', values: [1, 1] }, weights('one', [1], [1])],
      nodes: [
        { op: 'ScatterND', inputs: ['zeros', 'rows', 'u'], outputs: ['m'] },
        { op: 'ScatterND', inputs: ['m', 'cell', 'one'], outputs: ['m2'], attrs: { reduction: 'add' } },
        { op: 'Add', inputs: ['x', 'm2'], outputs: ['y'] }
      ],
      opset: 16
    });
    expect(lineWith(r.code, ' + ')).toBe('x = x + Tensor([[3.0, 4.0], [0.0, 1.0], [1.0, 2.0]], mstype.float32)');
  });
});
