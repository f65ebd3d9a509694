import { convertOp, f32, lineWith, weights } from '../helpers/oracle';

describe('Dropout', () => {
  it('is the identity in inference', async () => {
    const r = await convertOp({ op: 'Dropout', inputs: [f32('x', [2, 3])] });
    expect(r.code).toContain('return x');
  });

  it('is nn.Dropout(p=ratio) as the whole of a torch module', async () => {
    const r = await convertOp({ op: 'Dropout', opset: 12, name: '/drop/Dropout', inputs: [f32('x', [2, 3])], initializers: [weights('ratio', [], [0.3])] });
    expect(lineWith(r.code, 'nn.Dropout')).toBe('self.drop = nn.Dropout(p=0.3)');
  });

  it('is ops.dropout in training mode', async () => {
    const r = await convertOp({
      op: 'Dropout',
      inputs: [f32('x', [2, 3])],
      initializers: [weights('ratio', [], [0.25]), { name: 't', dims: [], dtype: 'bool', values: [1] }]
    });
    expect(lineWith(r.code, 'ops.dropout')).toBe('x = ops.dropout(x, p=0.25, training=True)');
  });

  it("is the identity in training mode with p=0 (F.dropout's default training=True, as in torchvision's Swin)", async () => {
    const r = await convertOp({
      op: 'Dropout',
      inputs: [f32('x', [2, 3])],
      initializers: [weights('ratio', [], [0]), { name: 't', dims: [], dtype: 'bool', values: [1] }]
    });
    expect(r.code).not.toContain('dropout');
    expect(r.code).toContain('return x');
  });
});
