import { broadcastShapes } from '../ir/shapes';
import { call } from './support/emit';
import { broadcastMap } from './support/fold';
import { OpMapper } from './types';

export const Where: OpMapper = {
  opType: 'Where',
  sinceVersions: [9, 16],
  infer: n => [{ dtype: n.dtype(1), shape: broadcastShapes(n.shape(0), n.shape(1), n.shape(2)) }],
  fold: n => [broadcastMap([n.constant(0)!, n.constant(1)!, n.constant(2)!], n.dtype(1), (c, x, y) => (c ? x : y))],
  emit: () => call('ops.where', a => [a[0].expr, a[1].expr, a[2].expr])
};
