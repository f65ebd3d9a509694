import { convertModel, f32, lineWith } from '../helpers/oracle';

describe('EyeLike', () => {
  it('is a constant (the shape is static)', async () => {
    const r = await convertModel({
      inputs: [f32('x', [2, 3])],
      outputs: [{ name: 'y' }],
      nodes: [
        { op: 'EyeLike', inputs: ['x'], outputs: ['eye'], attrs: { k: 1 } },
        { op: 'Add', inputs: ['x', 'eye'], outputs: ['y'] }
      ]
    });
    expect(lineWith(r.code, ' + ')).toBe('x = x + Tensor([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0]], mstype.float32)');
  });
});
