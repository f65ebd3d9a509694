import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('HardSwish', () => {
  it('is ops.hardswish, nn.HSwish as a module', async () => {
    const r = await convertOp({ op: 'HardSwish', opset: 14, inputs: [f32('x', [3])] });
    expect(lineWith(r.code, 'hardswish')).toBe('x = ops.hardswish(x)');
    const module = await convertOp({ op: 'HardSwish', opset: 14, name: '/act/HardSwish', inputs: [f32('x', [3])] });
    expect(lineWith(module.code, 'HSwish')).toBe('self.act = nn.HSwish()');
  });
});
