import { call } from './support/emit';
import { lossKeywords, lossShape } from './support/losses';
import { OpMapper } from './types';

export const NegativeLogLikelihoodLoss: OpMapper = {
  opType: 'NegativeLogLikelihoodLoss',
  sinceVersions: [12, 13, 22],
  infer: n => [{ dtype: n.dtype(0), shape: lossShape(n) }],
  emit: n => call('ops.nll_loss', a => [a[0].expr, a[1].expr, ...lossKeywords(n, n.has(2) ? a[2].expr : undefined)])
};
