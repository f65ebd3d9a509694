import { convertOp, f32, i64, ints, lineWith, weights } from '../helpers/oracle';

describe('Gather', () => {
  it('is nn.Embedding (embedding_table) for ids looked up in a constant 2-D table', async () => {
    const r = await convertOp({ op: 'Gather', inputs: [i64('ids', [2, 5])], initializers: [weights('table', [10, 4])], nodeInputs: ['table', 'ids'] });
    expect(r.shapes).toEqual([[2, 5, 4]]);
    expect(lineWith(r.code, 'nn.Embedding')).toBe('self.gather = nn.Embedding(10, 4)');
    expect(r.conversion.weightMap.weights[0]).toMatchObject({ onnx: 'table', mindspore: 'gather.embedding_table' });
  });

  it('is indexing for a constant scalar index, ops.gather otherwise', async () => {
    const scalar = await convertOp({ op: 'Gather', inputs: [f32('x', [2, 3, 4])], initializers: [{ name: 'i', dims: [], dtype: 'int64', values: [2] }], attrs: { axis: 1 } });
    expect(scalar.shapes).toEqual([[2, 4]]);
    expect(lineWith(scalar.code, 'x[')).toBe('x = x[:, 2]');
    const many = await convertOp({ op: 'Gather', inputs: [f32('x', [5, 3]), i64('i', [4])], attrs: { axis: 0 } });
    expect(many.shapes).toEqual([[4, 3]]);
    expect(lineWith(many.code, 'ops.gather')).toBe('x = ops.gather(x, i, 0)');
  });

  it('folds on constants', async () => {
    const r = await convertOp({ op: 'Gather', inputs: [f32('x', [2])], initializers: [ints('shape', [7, 8, 9]), ints('i', [2, 0])], nodeInputs: ['shape', 'i'] });
    expect(r.code).toContain('return Tensor([9, 7], mstype.int64)');
  });
});
