import { convertOp, f32, ints, lineWith } from '../helpers/oracle';

describe('Slice', () => {
  it('is Python slicing, clamping ends and leaving out defaults', async () => {
    const r = await convertOp({
      op: 'Slice',
      inputs: [f32('x', [4, 10, 5])],
      initializers: [ints('starts', [2, 1]), ints('ends', [1000, -1]), ints('axes', [1, 2]), ints('steps', [3, 1])]
    });
    expect(r.shapes).toEqual([[4, 3, 3]]);
    expect(lineWith(r.code, 'x[')).toBe('x = x[:, 2::3, 1:4]');
  });

  it('handles negative steps', async () => {
    const r = await convertOp({ op: 'Slice', inputs: [f32('x', [6])], initializers: [ints('starts', [-1]), ints('ends', [-1000]), ints('axes', [0]), ints('steps', [-2])] });
    expect(r.shapes).toEqual([[3]]);
    expect(lineWith(r.code, 'x[')).toBe('x = x[::-2]');
  });

  it('reads starts/ends from attributes before opset 10', async () => {
    const r = await convertOp({ op: 'Slice', opset: 9, inputs: [f32('x', [3, 4])], attrs: { starts: [1], ends: [3], axes: [1] } });
    expect(lineWith(r.code, 'x[')).toBe('x = x[:, 1:3]');
  });

  it("a slice that keeps every element (Swin's x[:, :H, :W] after padding by 0) is the tensor itself", async () => {
    const r = await convertOp({ op: 'Slice', inputs: [f32('x', [1, 4, 4, 2])], initializers: [ints('starts', [0, 0]), ints('ends', [4, 4]), ints('axes', [1, 2])] });
    expect(r.shapes).toEqual([[1, 4, 4, 2]]);
    expect(r.code).not.toContain('x[');
    expect(r.code).toContain('return x');
  });
});
