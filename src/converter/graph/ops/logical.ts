/** ONNX logical and bitwise binary ops: one mindspore.ops function each (shared logic). */
import { broadcastShapes } from '../ir/shapes';
import { call } from './support/emit';
import { broadcastMap } from './support/fold';
import { OpMapper } from './types';

const LOGICAL: { opType: string; since: number[]; fn: string; bool: boolean; fold: (a: number, b: number) => number }[] = [
  { opType: 'And', since: [7], fn: 'ops.logical_and', bool: true, fold: (a, b) => (a && b ? 1 : 0) },
  { opType: 'Or', since: [7], fn: 'ops.logical_or', bool: true, fold: (a, b) => (a || b ? 1 : 0) },
  { opType: 'Xor', since: [7], fn: 'ops.logical_xor', bool: true, fold: (a, b) => (!a !== !b ? 1 : 0) },
  { opType: 'BitwiseAnd', since: [18], fn: 'ops.bitwise_and', bool: false, fold: (a, b) => a & b },
  { opType: 'BitwiseOr', since: [18], fn: 'ops.bitwise_or', bool: false, fold: (a, b) => a | b },
  { opType: 'BitwiseXor', since: [18], fn: 'ops.bitwise_xor', bool: false, fold: (a, b) => a ^ b }
];

export const LOGICAL_OPS: OpMapper[] = LOGICAL.map(op => ({
  opType: op.opType,
  sinceVersions: op.since,
  infer: n => [{ dtype: op.bool ? 'bool' : n.dtype(0), shape: broadcastShapes(n.shape(0), n.shape(1)) }],
  fold: n => [broadcastMap([n.constant(0)!, n.constant(1)!], op.bool ? 'bool' : n.dtype(0), op.fold)],
  emit: () => call(op.fn, a => [a[0].expr, a[1].expr])
}));
