import { py } from '../codegen/python';
import { call, layer, positional } from './support/emit';
import { globalPoolInfo, spatialAxes } from './support/pooling';
import { OpMapper } from './types';

const LAYERS: Record<number, string> = { 3: 'nn.AdaptiveAvgPool1d', 4: 'nn.AdaptiveAvgPool2d', 5: 'nn.AdaptiveAvgPool3d' };

export const GlobalAveragePool: OpMapper = {
  opType: 'GlobalAveragePool',
  sinceVersions: [1],
  infer: globalPoolInfo,
  emit(n) {
    const cls = LAYERS[n.rank(0)];
    if (n.preferLayer && cls) return layer(cls, [positional('output_size', py.int(1))]);
    return call('ops.mean', a => [a[0].expr, spatialAxes(n), ['keep_dims', py.bool(true)]]);
  }
};
