import { broadcastShapes } from '../ir/shapes';
import { call } from './support/emit';
import { broadcastMap } from './support/fold';
import { OpMapper } from './types';

/** fmod=1: the sign of the dividend (C fmod); fmod=0: the sign of the divisor (Python %). */
export const Mod: OpMapper = {
  opType: 'Mod',
  sinceVersions: [10, 13],
  infer: n => [{ dtype: n.dtype(0), shape: broadcastShapes(n.shape(0), n.shape(1)) }],
  fold: n => [broadcastMap([n.constant(0)!, n.constant(1)!], n.dtype(0), n.attrs.int('fmod', 0) ? (a, b) => a % b : (a, b) => ((a % b) + b) % b)],
  emit: n => call(n.attrs.int('fmod', 0) ? 'ops.fmod' : 'ops.remainder', a => [a[0].expr, a[1].expr])
};
