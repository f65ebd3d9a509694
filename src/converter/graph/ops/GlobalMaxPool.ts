import { py } from '../codegen/python';
import { call, layer, positional } from './support/emit';
import { globalPoolInfo, spatialAxes } from './support/pooling';
import { OpMapper } from './types';

export const GlobalMaxPool: OpMapper = {
  opType: 'GlobalMaxPool',
  sinceVersions: [1],
  infer: globalPoolInfo,
  emit(n) {
    if (n.preferLayer && n.rank(0) === 4) return layer('nn.AdaptiveMaxPool2d', [positional('output_size', py.int(1))]);
    return call('ops.amax', a => [a[0].expr, spatialAxes(n), ['keepdims', py.bool(true)]]);
  }
};
