import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('LogSoftmax', () => {
  it('is ops.log_softmax over the last axis', async () => {
    const r = await convertOp({ op: 'LogSoftmax', inputs: [f32('x', [2, 3])] });
    expect(lineWith(r.code, 'log_softmax')).toBe('x = ops.log_softmax(x, axis=-1)');
  });
});
