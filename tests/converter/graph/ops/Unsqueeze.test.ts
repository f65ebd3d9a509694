import { convertOp, f32, ints, lineWith } from '../helpers/oracle';

describe('Unsqueeze', () => {
  it('is ops.unsqueeze for one axis, a reshape for several', async () => {
    const one = await convertOp({ op: 'Unsqueeze', inputs: [f32('x', [3, 4])], initializers: [ints('axes', [-1])] });
    expect(one.shapes).toEqual([[3, 4, 1]]);
    expect(lineWith(one.code, 'unsqueeze')).toBe('x = ops.unsqueeze(x, 2)');
    const two = await convertOp({ op: 'Unsqueeze', opset: 11, inputs: [f32('x', [3, 4])], attrs: { axes: [0, 3] } });
    expect(two.shapes).toEqual([[1, 3, 4, 1]]);
    expect(lineWith(two.code, 'reshape')).toBe('x = ops.reshape(x, (1, 3, 4, 1))');
  });
});
