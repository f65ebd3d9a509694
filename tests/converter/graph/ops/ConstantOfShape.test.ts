import { convertModel, f32, ints, lineWith } from '../helpers/oracle';
import { tensor } from '../helpers/onnxModel';

describe('ConstantOfShape', () => {
  it('folds a small constant shape into a literal', async () => {
    const r = await convertModel({
      inputs: [f32('x', [2, 2])],
      outputs: [{ name: 'y' }],
      initializers: [ints('shape', [2, 2])],
      nodes: [
        { op: 'ConstantOfShape', inputs: ['shape'], outputs: ['ones'], attrs: { value: tensor({ dims: [1], values: [1] }) } },
        { op: 'Add', inputs: ['x', 'ones'], outputs: ['y'] }
      ]
    });
    expect(lineWith(r.code, ' + ')).toBe('x = x + Tensor([[1.0, 1.0], [1.0, 1.0]], mstype.float32)');
  });

  it('is ops.full when too large to write out', async () => {
    const r = await convertModel({
      inputs: [f32('x', [300, 300])],
      outputs: [{ name: 'y' }],
      initializers: [ints('shape', [300, 300])],
      nodes: [
        { op: 'ConstantOfShape', inputs: ['shape'], outputs: ['zeros'] },
        { op: 'Add', inputs: ['x', 'zeros'], outputs: ['y'] }
      ]
    });
    expect(lineWith(r.code, 'ops.full')).toBe('out = ops.full((300, 300), 0.0, dtype=mstype.float32)');
  });
});
