import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('MaxPool', () => {
  it('is ops.max_pool2d as a functional call, with ceil_mode', async () => {
    const r = await convertOp({ op: 'MaxPool', inputs: [f32('x', [1, 1, 7, 7])], attrs: { kernel_shape: [3, 3], strides: [2, 2], ceil_mode: 1 } });
    expect(r.shapes).toEqual([[1, 1, 3, 3]]);
    expect(lineWith(r.code, 'max_pool2d')).toBe('x = ops.max_pool2d(x, 3, stride=2, ceil_mode=True)');
  });

  it('is nn.MaxPool2d in pad mode as the whole of a torch module', async () => {
    const r = await convertOp({ op: 'MaxPool', name: '/pool/MaxPool', inputs: [f32('x', [1, 2, 8, 8])], attrs: { kernel_shape: [3, 3], strides: [2, 2], pads: [1, 1, 1, 1] } });
    expect(r.shapes).toEqual([[1, 2, 4, 4]]);
    expect(lineWith(r.code, 'nn.MaxPool2d')).toBe("self.pool = nn.MaxPool2d(3, stride=2, pad_mode='pad', padding=1)");
  });

  it('pads asymmetric windows explicitly with -inf', async () => {
    const r = await convertOp({ op: 'MaxPool', inputs: [f32('x', [1, 1, 5, 5])], attrs: { kernel_shape: [2, 2], pads: [0, 0, 1, 1] } });
    expect(r.shapes).toEqual([[1, 1, 5, 5]]);
    expect(lineWith(r.code, 'ops.pad')).toBe("x = self.maxpool(ops.pad(x, (0, 1, 0, 1), value=float('-inf')))");
  });
});
