import { broadcastShapes } from '../ir/shapes';
import { call } from './support/emit';
import { expandTensor } from './support/fold';
import { NodeView, OpMapper } from './types';

const expanded = (n: NodeView) => broadcastShapes(n.shape(0), n.constInts(1, 'the target shape'));

export const Expand: OpMapper = {
  opType: 'Expand',
  sinceVersions: [8, 13],
  infer: n => [{ dtype: n.dtype(0), shape: expanded(n) }],
  fold: n => [expandTensor(n.constant(0)!, expanded(n))],
  emit(n) {
    const shape = expanded(n);
    return call('ops.broadcast_to', a => [a[0].expr, `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`]);
  }
};
