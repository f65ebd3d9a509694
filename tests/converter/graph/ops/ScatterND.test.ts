import { convertOp, f32, i64, lineWith } from '../helpers/oracle';

describe('ScatterND', () => {
  it('is ops.tensor_scatter_update, or the add/mul/max/min variant for a reduction', async () => {
    const plain = await convertOp({ op: 'ScatterND', inputs: [f32('x', [4, 3]), i64('i', [2, 1]), f32('u', [2, 3])] });
    expect(lineWith(plain.code, 'scatter')).toBe('x = ops.tensor_scatter_update(x, i, u)');
    const add = await convertOp({ op: 'ScatterND', opset: 16, inputs: [f32('x', [4, 3]), i64('i', [2, 1]), f32('u', [2, 3])], attrs: { reduction: 'add' } });
    expect(lineWith(add.code, 'scatter')).toBe('x = ops.tensor_scatter_add(x, i, u)');
  });
});
