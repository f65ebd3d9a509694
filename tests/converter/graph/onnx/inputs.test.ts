import { convertOnnx } from '../../../../src/converter';
import { analyzeOnnx } from '../../../../src/converter/graph/convert';
import { onnxModel } from '../helpers/onnxModel';

const model = (shape: (number | string)[]) =>
  onnxModel({ inputs: [{ name: 'x', shape }], outputs: [{ name: 'y' }], nodes: [{ op: 'Relu', inputs: ['x'], outputs: ['y'] }] });

describe('graph input shapes', () => {
  it("use the model's own dims when no shape is given", () => {
    expect(analyzeOnnx(model([2, 3, 8, 8])).graph.inputs[0].info!.shape).toEqual([2, 3, 8, 8]);
  });

  it('prepend batch 1 to a 3-value shape for a rank-4 input (MindConverter: --shape 3,224,224)', () => {
    expect(analyzeOnnx(model(['batch', 3, 'h', 'w']), { shapes: [[3, 32, 32]] }).graph.inputs[0].info!.shape).toEqual([1, 3, 32, 32]);
  });

  it('take symbolic dims as 1 with a warning when no shape is given', () => {
    const result = convertOnnx(model(['batch', 3]));
    expect(result.code).toContain('Inputs: x float32 (1, 3).');
    expect(result.report.entries).toContainEqual(expect.objectContaining({ kind: 'warning', note: expect.stringContaining("symbolic dim 'batch'") }));
  });

  it.each([
    [[[1, 3]], /rank 4 in the model/],
    [[[2, 4, 8, 8]], /dim 3 on axis 1/],
    [[[1, 3, 8, 8], [1]], /has 1 input \(x\) but 2 shapes were given/]
  ])('refuse shapes %p that contradict the model', (shapes, message) => {
    expect(() => convertOnnx(model(['n', 3, 'h', 'w']), { shapes })).toThrow(message);
  });
});
