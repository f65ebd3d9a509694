import { broadcastShapes } from '../ir/shapes';
import { call } from './support/emit';
import { OpMapper } from './types';

export const BitShift: OpMapper = {
  opType: 'BitShift',
  sinceVersions: [11],
  infer: n => [{ dtype: n.dtype(0), shape: broadcastShapes(n.shape(0), n.shape(1)) }],
  emit: n => call(n.attrs.string('direction', 'LEFT') === 'LEFT' ? 'ops.bitwise_left_shift' : 'ops.bitwise_right_shift', a => [a[0].expr, a[1].expr])
};
