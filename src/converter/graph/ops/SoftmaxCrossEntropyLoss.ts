import { callText, expression } from './support/emit';
import { lossKeywords, lossShape } from './support/losses';
import { OpMapper } from './types';

/** The loss, and (when used) the log-probabilities as a second output. */
export const SoftmaxCrossEntropyLoss: OpMapper = {
  opType: 'SoftmaxCrossEntropyLoss',
  sinceVersions: [12, 13],
  infer: n => [{ dtype: n.dtype(0), shape: lossShape(n) }, n.info(0)],
  emit(n) {
    const withLogProb = n.outputCount > 1 && n.node.outputs[1].used;
    return expression(
      'ops.cross_entropy',
      a => {
        const loss = callText('ops.cross_entropy', [a[0].expr, a[1].expr, ...lossKeywords(n, n.has(2) ? a[2].expr : undefined)]);
        return withLogProb ? `${loss}, ops.log_softmax(${a[0].expr}, axis=1)` : loss;
      },
      withLogProb ? 2 : undefined
    );
  }
};
