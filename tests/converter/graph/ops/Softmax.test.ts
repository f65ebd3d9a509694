import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('Softmax', () => {
  it('is ops.softmax over the axis (opset 13), nn.Softmax as a module', async () => {
    const r = await convertOp({ op: 'Softmax', inputs: [f32('x', [2, 3, 4])], attrs: { axis: 1 } });
    expect(lineWith(r.code, 'ops.softmax')).toBe('x = ops.softmax(x, axis=1)');
    const module = await convertOp({ op: 'Softmax', name: '/sm/Softmax', inputs: [f32('x', [2, 3])] });
    expect(lineWith(module.code, 'nn.Softmax')).toBe('self.sm = nn.Softmax()');
  });

  it('flattens to 2-D at the axis before opset 13', async () => {
    const r = await convertOp({ op: 'Softmax', opset: 11, inputs: [f32('x', [2, 3, 4])] });
    expect(r.shapes).toEqual([[2, 3, 4]]);
    expect(lineWith(r.code, 'ops.softmax')).toBe('x = ops.reshape(ops.softmax(ops.reshape(x, (2, 12)), axis=-1), (2, 3, 4))');
  });
});
