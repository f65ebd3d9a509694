import { convertOp, f32, i64, lineWith } from '../helpers/oracle';

describe('SoftmaxCrossEntropyLoss', () => {
  it('is ops.cross_entropy, with the log-probabilities as a second output when used', async () => {
    const r = await convertOp({ op: 'SoftmaxCrossEntropyLoss', inputs: [f32('x', [3, 5]), i64('t', [3])], outputs: 2 });
    expect(r.shapes).toEqual([[], [3, 5]]);
    expect(lineWith(r.code, 'cross_entropy')).toBe("out, out_1 = ops.cross_entropy(x, t, reduction='mean'), ops.log_softmax(x, axis=1)");
  });
});
