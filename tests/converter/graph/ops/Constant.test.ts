import { convertModel, f32, lineWith } from '../helpers/oracle';
import { float, tensor } from '../helpers/onnxModel';

describe('Constant', () => {
  it('is folded: a small value is written where it is used', async () => {
    const r = await convertModel({
      inputs: [f32('x', [3])],
      outputs: [{ name: 'y' }],
      nodes: [
        { op: 'Constant', inputs: [], outputs: ['c'], attrs: { value: tensor({ dims: [3], values: [1, 2, 3] }) } },
        { op: 'Mul', inputs: ['x', 'c'], outputs: ['y'] }
      ]
    });
    expect(lineWith(r.code, ' * ')).toBe('x = x * Tensor([1.0, 2.0, 3.0], mstype.float32)');
  });

  it('reads value_float as a scalar', async () => {
    const r = await convertModel({
      inputs: [f32('x', [3])],
      outputs: [{ name: 'y' }],
      nodes: [
        { op: 'Constant', inputs: [], outputs: ['c'], attrs: { value_float: float(0.5) } },
        { op: 'Add', inputs: ['x', 'c'], outputs: ['y'] }
      ]
    });
    expect(lineWith(r.code, ' + ')).toBe('x = x + 0.5');
  });

  it('keeps a large value as a non-trainable Parameter whose bytes go to the checkpoint', async () => {
    const values = Array.from({ length: 40 }, (_, i) => i);
    const r = await convertModel({
      inputs: [f32('x', [40])],
      outputs: [{ name: 'y' }],
      nodes: [
        { op: 'Constant', name: '/Constant', inputs: [], outputs: ['/Constant_output_0'], attrs: { value: tensor({ dims: [40], values }) } },
        { op: 'Add', name: '/Add', inputs: ['x', '/Constant_output_0'], outputs: ['y'] }
      ]
    });
    expect(lineWith(r.code, 'Parameter(')).toBe("self.constant = Parameter(initializer('zeros', (40,), mstype.float32), name='constant', requires_grad=False)");
    expect(lineWith(r.code, ' + ')).toBe('x = x + self.constant');
    expect(r.conversion.weightMap.weights).toEqual([expect.objectContaining({ mindspore: 'constant', shape: [40] })]);
  });
});
