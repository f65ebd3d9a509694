import { convertOp, f32, lineWith } from '../helpers/oracle';
import { float } from '../helpers/onnxModel';

describe('Shrink', () => {
  it('is hardshrink without bias, softshrink when bias equals lambd', async () => {
    const hard = await convertOp({ op: 'Shrink', inputs: [f32('x', [3])], attrs: { lambd: float(1.5) } });
    expect(lineWith(hard.code, 'shrink')).toBe('x = ops.hardshrink(x, 1.5)');
    const soft = await convertOp({ op: 'Shrink', inputs: [f32('x', [3])], attrs: { lambd: float(1.5), bias: float(1.5) } });
    expect(lineWith(soft.code, 'shrink')).toBe('x = ops.softshrink(x, 1.5)');
  });
});
