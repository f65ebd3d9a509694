import { py } from '../codegen/python';
import { call, layer, positional } from './support/emit';
import { OpMapper } from './types';

export const GlobalMaxPool: OpMapper = {
  opType: 'GlobalMaxPool',
  sinceVersions: [1],
  infer(n) {
    const x = n.shape(0);
    return [{ dtype: n.dtype(0), shape: [x[0], x[1], ...x.slice(2).map(() => 1)] }];
  },
  emit(n) {
    const rank = n.rank(0);
    if (n.preferLayer && rank === 4) {
      return layer('nn.AdaptiveMaxPool2d', [positional('output_size', py.int(1))]);
    }
    const axes = Array.from({ length: rank - 2 }, (_, i) => i + 2);
    return call('ops.amax', a => [a[0].expr, `(${axes.join(', ')})`, ['keepdims', py.bool(true)]]);
  }
};
