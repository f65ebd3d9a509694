import { convertOp, f32, i64, lineWith } from '../helpers/oracle';

describe('NegativeLogLikelihoodLoss', () => {
  it('is ops.nll_loss with weight, ignore_index and reduction', async () => {
    const r = await convertOp({ op: 'NegativeLogLikelihoodLoss', inputs: [f32('x', [3, 5, 2]), i64('t', [3, 2]), f32('w', [5])], attrs: { reduction: 'none', ignore_index: 1 } });
    expect(r.shapes).toEqual([[3, 2]]);
    expect(lineWith(r.code, 'nll_loss')).toBe("x = ops.nll_loss(x, t, weight=w, ignore_index=1, reduction='none')");
  });
});
