import { py } from '../codegen/python';
import { call, layer, positional } from './support/emit';
import { OpMapper } from './types';

const LAYERS: Record<number, string> = { 3: 'nn.AdaptiveAvgPool1d', 4: 'nn.AdaptiveAvgPool2d', 5: 'nn.AdaptiveAvgPool3d' };

export const GlobalAveragePool: OpMapper = {
  opType: 'GlobalAveragePool',
  sinceVersions: [1],
  infer(n) {
    const x = n.shape(0);
    return [{ dtype: n.dtype(0), shape: [x[0], x[1], ...x.slice(2).map(() => 1)] }];
  },
  emit(n) {
    const rank = n.rank(0);
    if (n.preferLayer && LAYERS[rank]) {
      return layer(LAYERS[rank], [positional('output_size', py.int(1))]);
    }
    const axes = Array.from({ length: rank - 2 }, (_, i) => i + 2);
    return call('ops.mean', a => [a[0].expr, `(${axes.join(', ')})`, ['keep_dims', py.bool(true)]]);
  }
};
