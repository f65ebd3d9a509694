import { convertModel, f32, lineWith } from '../helpers/oracle';

describe('Shape', () => {
  it('is a constant once shapes are inferred: x.view(x.size(0), -1) becomes a reshape to (batch, -1)', async () => {
    const scalar = (name: string, value: number) => ({ name, dims: [], dtype: 'int64' as const, values: [value] });
    const r = await convertModel({
      inputs: [f32('x', [2, 3, 4])],
      outputs: [{ name: 'y' }],
      initializers: [scalar('zero', 0), { name: 'minus_one', dims: [1], dtype: 'int64', values: [-1] }, { name: 'axes', dims: [1], dtype: 'int64', values: [0] }],
      nodes: [
        { op: 'Shape', inputs: ['x'], outputs: ['shape'] },
        { op: 'Gather', inputs: ['shape', 'zero'], outputs: ['batch'], attrs: { axis: 0 } },
        { op: 'Unsqueeze', inputs: ['batch', 'axes'], outputs: ['batch1'] },
        { op: 'Concat', inputs: ['batch1', 'minus_one'], outputs: ['target'], attrs: { axis: 0 } },
        { op: 'Reshape', inputs: ['x', 'target'], outputs: ['y'] }
      ]
    });
    expect(r.shapes).toEqual([[2, 12]]);
    expect(lineWith(r.code, 'ops.reshape')).toBe('x = ops.reshape(x, (2, -1))');
  });

  it('honours start and end (opset 15)', async () => {
    const r = await convertModel({
      opset: 15,
      inputs: [f32('x', [2, 3, 4])],
      outputs: [{ name: 'y' }],
      nodes: [{ op: 'Shape', inputs: ['x'], outputs: ['y'], attrs: { start: 1, end: -1 } }]
    });
    expect(r.code).toContain('return Tensor([3], mstype.int64)');
  });
});
