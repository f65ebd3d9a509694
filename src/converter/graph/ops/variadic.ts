/** ONNX variadic element-wise ops (Max, Min, Sum, Mean) with broadcasting: pairwise calls (shared logic). */
import { broadcastShapes } from '../ir/shapes';
import { expression } from './support/emit';
import { broadcastMap } from './support/fold';
import { atom } from './support/literals';
import { NodeView, OpMapper } from './types';

const shapeOf = (n: NodeView) => broadcastShapes(...n.node.inputs.map((_, i) => n.shape(i)));
const pairwise = (fn: string) => (parts: string[]) => parts.reduce((acc, part) => `${fn}(${acc}, ${part})`);

const VARIADIC: { opType: string; since: number[]; api: string; text: (parts: string[]) => string; fold: (values: number[]) => number }[] = [
  { opType: 'Max', since: [8, 12, 13], api: 'ops.maximum', text: pairwise('ops.maximum'), fold: v => Math.max(...v) },
  { opType: 'Min', since: [8, 12, 13], api: 'ops.minimum', text: pairwise('ops.minimum'), fold: v => Math.min(...v) },
  { opType: 'Sum', since: [8, 13], api: '+', text: parts => parts.map(atom).join(' + '), fold: v => v.reduce((a, b) => a + b, 0) },
  { opType: 'Mean', since: [8, 13], api: '+', text: parts => `(${parts.map(atom).join(' + ')}) / ${parts.length}`, fold: v => v.reduce((a, b) => a + b, 0) / v.length }
];

export const VARIADIC_OPS: OpMapper[] = VARIADIC.map(op => ({
  opType: op.opType,
  sinceVersions: op.since,
  infer: n => [{ dtype: n.dtype(0), shape: shapeOf(n) }],
  fold: n => [broadcastMap(n.node.inputs.map((_, i) => n.constant(i)!), n.dtype(0), (...values) => op.fold(values))],
  emit: () => expression(op.api, a => (a.length === 1 ? a[0].expr : op.text(a.map(x => x.expr))))
}));
