/**
 * Minimal inputs of the graph-mode failures the ONNX fuzz test found, each
 * with what graph mode must do with it now.
 */
import { convertOnnx, GraphError } from '../../src/converter';
import { f32, ints } from '../converter/graph/helpers/oracle';
import { onnxModel } from '../converter/graph/helpers/onnxModel';

describe('graph mode regressions found by fuzzing', () => {
  /** Converts, or refuses with a GraphError; never another exception. What it did, for the assertions. */
  function outcomeOf(bytes: Uint8Array): string {
    try {
      const result = convertOnnx(bytes);
      return `converted with ${result.placeholders} placeholder(s)`;
    } catch (error) {
      expect(error).toBeInstanceOf(GraphError);
      return `GraphError: ${(error as Error).message}`;
    }
  }

  const unsqueezeOf = (axes: ReturnType<typeof ints>) =>
    onnxModel({
      inputs: [f32('x', [2, 3, 1, 1])],
      outputs: [{ name: 'y' }],
      initializers: [{ name: 'w', dims: [2, 3], values: [1, 2, 3, 4, 5, 6] }, axes],
      nodes: [
        { op: 'Unsqueeze', inputs: ['w', 'axes'], outputs: ['u'], name: '/Unsqueeze' },
        { op: 'Add', inputs: ['x', 'u'], outputs: ['y'], name: '/Add' }
      ]
    });

  it.each([
    ['repeat', ints('axes', [2, 2, 2])],
    ['are not integers (a float tensor)', { name: 'axes', dims: [2], values: [0.5, 1.5] }]
  ])('leaves an Unsqueeze whose axes %s as a placeholder (it folded into a shape of undefined dims: a TypeError in the checkpoint writer)', (_why, axes) => {
    const bytes = unsqueezeOf(axes);
    expect(outcomeOf(bytes)).toMatch(/^converted with [1-9]\d* placeholder/);
    expect(convertOnnx(bytes).report.entries).toContainEqual(expect.objectContaining({ kind: 'unconvert', api: 'Unsqueeze' }));
  });
});
