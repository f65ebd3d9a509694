/** ONNX comparisons: Python comparison operators on MindSpore tensors, bool results (shared logic). */
import { broadcastShapes } from '../ir/shapes';
import { expression } from './support/emit';
import { broadcastMap } from './support/fold';
import { atom, operand } from './support/literals';
import { OpMapper } from './types';

const COMPARISONS: { opType: string; since: number[]; operator: string; test: (a: number, b: number) => boolean }[] = [
  { opType: 'Equal', since: [7, 11, 13, 19], operator: '==', test: (a, b) => a === b },
  { opType: 'Less', since: [7, 9, 13], operator: '<', test: (a, b) => a < b },
  { opType: 'LessOrEqual', since: [12, 16], operator: '<=', test: (a, b) => a <= b },
  { opType: 'Greater', since: [7, 9, 13], operator: '>', test: (a, b) => a > b },
  { opType: 'GreaterOrEqual', since: [12, 16], operator: '>=', test: (a, b) => a >= b }
];

export const COMPARISON_OPS: OpMapper[] = COMPARISONS.map(c => ({
  opType: c.opType,
  sinceVersions: c.since,
  infer: n => [{ dtype: 'bool', shape: broadcastShapes(n.shape(0), n.shape(1)) }],
  fold: n => [broadcastMap([n.constant(0)!, n.constant(1)!], 'bool', (a, b) => (c.test(a, b) ? 1 : 0))],
  emit: n => expression(c.operator, a => `${atom(operand(a[0], n.rank(1)))} ${c.operator} ${atom(operand(a[1], n.rank(0)))}`)
}));
