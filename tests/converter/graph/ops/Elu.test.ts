import { convertOp, f32, lineWith } from '../helpers/oracle';
import { float } from '../helpers/onnxModel';

describe('Elu', () => {
  it('is ops.elu, and nn.ELU as a module', async () => {
    const fn = await convertOp({ op: 'Elu', inputs: [f32('x', [3])], attrs: { alpha: float(0.5) } });
    expect(lineWith(fn.code, 'ops.elu')).toBe('x = ops.elu(x, alpha=0.5)');
    const module = await convertOp({ op: 'Elu', name: '/act/Elu', inputs: [f32('x', [3])] });
    expect(lineWith(module.code, 'nn.ELU')).toBe('self.act = nn.ELU()');
  });
});
