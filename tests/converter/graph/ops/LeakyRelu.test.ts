import { convertOp, f32, lineWith } from '../helpers/oracle';
import { float } from '../helpers/onnxModel';

describe('LeakyRelu', () => {
  it('passes alpha (the negative slope) to ops.leaky_relu / nn.LeakyReLU', async () => {
    const fn = await convertOp({ op: 'LeakyRelu', inputs: [f32('x', [3])] });
    expect(lineWith(fn.code, 'leaky_relu')).toBe('x = ops.leaky_relu(x, alpha=0.01)');
    const module = await convertOp({ op: 'LeakyRelu', name: '/act/LeakyRelu', inputs: [f32('x', [3])], attrs: { alpha: float(0.2) } });
    expect(lineWith(module.code, 'LeakyReLU')).toBe('self.act = nn.LeakyReLU(alpha=0.2)');
  });
});
