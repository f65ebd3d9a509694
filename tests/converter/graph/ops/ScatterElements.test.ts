import { convertOp, f32, i64, lineWith } from '../helpers/oracle';

describe('ScatterElements and Scatter', () => {
  it('is ops.tensor_scatter_elements with axis and reduction', async () => {
    const r = await convertOp({ op: 'ScatterElements', opset: 16, inputs: [f32('x', [3, 3]), i64('i', [1, 2]), f32('u', [1, 2])], attrs: { axis: 1, reduction: 'add' } });
    expect(r.shapes).toEqual([[3, 3]]);
    expect(lineWith(r.code, 'scatter')).toBe("x = ops.tensor_scatter_elements(x, i, u, axis=1, reduction='add')");
  });

  it('Scatter (opsets 9-10) is the same op', async () => {
    const r = await convertOp({ op: 'Scatter', opset: 10, inputs: [f32('x', [3, 3]), i64('i', [1, 2]), f32('u', [1, 2])] });
    expect(lineWith(r.code, 'scatter')).toBe("x = ops.tensor_scatter_elements(x, i, u, axis=0, reduction='none')");
  });
});
