import { convertModel, convertOp, f32, lineWith, weights } from '../helpers/oracle';

describe('Transpose', () => {
  it('is ops.transpose with the permutation, .T for a matrix', async () => {
    const r = await convertOp({ op: 'Transpose', inputs: [f32('x', [2, 3, 4])], attrs: { perm: [2, 0, 1] } });
    expect(r.shapes).toEqual([[4, 2, 3]]);
    expect(lineWith(r.code, 'transpose')).toBe('x = ops.transpose(x, (2, 0, 1))');
    const matrix = await convertOp({ op: 'Transpose', inputs: [f32('x', [2, 3])] });
    expect(lineWith(matrix.code, '.T')).toBe('x = x.T');
  });

  it('of a large weight stays an operation on the original parameter (its PyTorch name is kept)', async () => {
    const r = await convertModel({
      inputs: [f32('x', [2, 40])],
      outputs: [{ name: 'y' }],
      initializers: [weights('proj.weight', [30, 40])],
      nodes: [
        { op: 'Transpose', name: '/Transpose', inputs: ['proj.weight'], outputs: ['t'], attrs: { perm: [1, 0] } },
        { op: 'MatMul', name: '/MatMul', inputs: ['x', 't'], outputs: ['y'] }
      ]
    });
    expect(lineWith(r.code, 'ops.matmul')).toBe('x = ops.matmul(x, self.proj_weight.T)');
    expect(r.conversion.weightMap.weights).toEqual([expect.objectContaining({ onnx: 'proj.weight', pytorch: 'proj.weight', shape: [30, 40] })]);
  });
});
