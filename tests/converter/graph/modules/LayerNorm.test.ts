import { f32, lineWith, weights } from '../helpers/oracle';
import { float } from '../helpers/onnxModel';
import { convertModule } from './helpers';

describe('LayerNorm module mapper', () => {
  const spec = {
    inputs: [f32('x', [2, 6])],
    initializers: [weights('m.weight', [6]), weights('m.bias', [6]), weights('two', [], [2]), weights('eps', [], [1e-5])],
    params: { normalized_shape: [6], eps: 1e-5, elementwise_affine: true },
    nodes: [
      { op: 'ReduceMean', inputs: ['x'], outputs: ['mean'], attrs: { axes: [-1] } },
      { op: 'Sub', inputs: ['x', 'mean'], outputs: ['d'] },
      { op: 'Pow', inputs: ['d', 'two'], outputs: ['d2'] },
      { op: 'ReduceMean', inputs: ['d2'], outputs: ['var'], attrs: { axes: [-1] } },
      { op: 'Add', inputs: ['var', 'eps'], outputs: ['v'] },
      { op: 'Sqrt', inputs: ['v'], outputs: ['s'] },
      { op: 'Div', inputs: ['d', 's'], outputs: ['n'] },
      { op: 'Mul', inputs: ['n', 'm.weight'], outputs: ['g'] },
      { op: 'Add', inputs: ['g', 'm.bias'], outputs: ['y'] }
    ]
  };

  it("makes the exported formula one nn.LayerNorm with torch's eps and gamma/beta", () => {
    const result = convertModule('LayerNorm', spec);
    expect(lineWith(result.code, 'nn.LayerNorm')).toBe('self.m = nn.LayerNorm((6,), epsilon=0.00001)');
    expect(result.weightMap.weights.map(w => w.mindspore)).toEqual(['m.gamma', 'm.beta']);
  });

  it('keeps the formula (in a class of its own) without the module tree', () => {
    const result = convertModule('LayerNorm', spec, false);
    expect(result.code).not.toContain('nn.LayerNorm');
    expect(result.code).toContain('ops.sqrt');
    expect(result.weightMap.weights.map(w => w.mindspore)).toEqual(['m.weight', 'm.bias']);
    void float;
  });
});
