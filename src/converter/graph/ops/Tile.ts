import { call } from './support/emit';
import { OpMapper } from './types';

export const Tile: OpMapper = {
  opType: 'Tile',
  sinceVersions: [6, 13],
  infer(n) {
    const repeats = n.constInts(1, 'repeats');
    return [{ dtype: n.dtype(0), shape: n.shape(0).map((d, i) => d * repeats[i]) }];
  },
  emit(n) {
    const repeats = n.constInts(1, 'repeats');
    return call('ops.tile', a => [a[0].expr, `(${repeats.join(', ')}${repeats.length === 1 ? ',' : ''})`]);
  }
};
