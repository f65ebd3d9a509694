/**
 * ONNX Reduce* ops: axes from the attribute (older opsets) or the second
 * input (ReduceSum from 13, the others from 18), keepdims, and
 * noop_with_empty_axes; each becomes one MindSpore reduction (shared logic).
 */
import { normalizeAxis, product, strides } from '../ir/shapes';
import { ConstTensor } from '../ir/tensor';
import { expression } from './support/emit';
import { checkFoldSize } from './support/fold';
import { NodeView, OpMapper, unsupported } from './types';

interface Reduction {
  opType: string;
  since: number[];
  api: string;
  /** The call over `x` with the axis text and the keepdims flag. */
  text: (x: string, axis: string, keep: boolean) => string;
  fold?: (values: number[]) => number;
}

const pyBool = (b: boolean) => (b ? 'True' : 'False');

const REDUCTIONS: Reduction[] = [
  { opType: 'ReduceMean', since: [1, 11, 13, 18], api: 'ops.mean', text: (x, a, k) => `ops.mean(${x}, ${a}, keep_dims=${pyBool(k)})`, fold: v => v.reduce((s, x) => s + x, 0) / v.length },
  { opType: 'ReduceSum', since: [1, 11, 13], api: 'ops.sum', text: (x, a, k) => `ops.sum(${x}, ${a}, keepdim=${pyBool(k)})`, fold: v => v.reduce((s, x) => s + x, 0) },
  { opType: 'ReduceMax', since: [1, 11, 12, 13, 18, 20], api: 'ops.amax', text: (x, a, k) => `ops.amax(${x}, ${a}, keepdims=${pyBool(k)})`, fold: v => Math.max(...v) },
  { opType: 'ReduceMin', since: [1, 11, 12, 13, 18, 20], api: 'ops.amin', text: (x, a, k) => `ops.amin(${x}, ${a}, keepdims=${pyBool(k)})`, fold: v => Math.min(...v) },
  { opType: 'ReduceProd', since: [1, 11, 13, 18], api: 'ops.prod', text: (x, a, k) => `ops.prod(${x}, ${a}, keep_dims=${pyBool(k)})`, fold: v => v.reduce((s, x) => s * x, 1) },
  { opType: 'ReduceL1', since: [1, 11, 13, 18], api: 'ops.sum', text: (x, a, k) => `ops.sum(ops.abs(${x}), ${a}, keepdim=${pyBool(k)})` },
  { opType: 'ReduceL2', since: [1, 11, 13, 18], api: 'ops.sqrt', text: (x, a, k) => `ops.sqrt(ops.sum(ops.square(${x}), ${a}, keepdim=${pyBool(k)}))` },
  { opType: 'ReduceLogSum', since: [1, 11, 13, 18], api: 'ops.log', text: (x, a, k) => `ops.log(ops.sum(${x}, ${a}, keepdim=${pyBool(k)}))` },
  { opType: 'ReduceLogSumExp', since: [1, 11, 13, 18], api: 'ops.logsumexp', text: (x, a, k) => `ops.logsumexp(${x}, ${a}, keepdim=${pyBool(k)})` },
  { opType: 'ReduceSumSquare', since: [1, 11, 13, 18], api: 'ops.sum', text: (x, a, k) => `ops.sum(ops.square(${x}), ${a}, keepdim=${pyBool(k)})` }
];

/** The reduced axes (sorted), or [] when the op is a no-op (noop_with_empty_axes with no axes). */
function axesOf(n: NodeView, inputAxes: boolean): { axes: number[]; noop: boolean } {
  const rank = n.rank(0);
  const given = inputAxes ? (n.has(1) ? n.constInts(1, 'axes') : undefined) : n.attrs.ints('axes');
  if (!given || given.length === 0) {
    if (n.attrs.int('noop_with_empty_axes', 0) === 1) return { axes: [], noop: true };
    return { axes: Array.from({ length: rank }, (_, i) => i), noop: false };
  }
  return { axes: [...new Set(given.map(a => normalizeAxis(a, rank)))].sort((a, b) => a - b), noop: false };
}

function reduceMapper(r: Reduction): OpMapper {
  const inputAxes = (n: NodeView) => n.opset >= (r.opType === 'ReduceSum' ? 13 : 18);
  const shapeOf = (n: NodeView) => {
    const { axes, noop } = axesOf(n, inputAxes(n));
    const keep = n.attrs.int('keepdims', 1) === 1;
    if (noop) return n.shape(0);
    return n.shape(0).flatMap((d, i) => (axes.includes(i) ? (keep ? [1] : []) : [d]));
  };
  return {
    opType: r.opType,
    sinceVersions: r.since,
    infer: n => [{ dtype: n.dtype(0), shape: shapeOf(n) }],
    fold: r.fold
      ? n => {
          const x = n.constant(0)!;
          const { axes, noop } = axesOf(n, inputAxes(n));
          if (noop) return [x];
          const out = shapeOf(n);
          checkFoldSize(out);
          const kept = x.dims.map((d, i) => (axes.includes(i) ? 1 : d));
          const groups = new Map<number, number[]>();
          const keptStrides = strides(kept);
          const inStrides = strides(x.dims);
          const values = x.values();
          for (let i = 0; i < values.length; i++) {
            let key = 0;
            let rest = i;
            x.dims.forEach((_, axis) => {
              const c = Math.floor(rest / inStrides[axis]);
              rest -= c * inStrides[axis];
              if (!axes.includes(axis)) key += c * keptStrides[axis];
            });
            groups.set(key, [...(groups.get(key) ?? []), values[i]]);
          }
          const result = Array.from({ length: product(kept) }, (_, k) => r.fold!(groups.get(k) ?? []));
          return [ConstTensor.fromValues(x.dtype, out, result)];
        }
      : undefined,
    emit(n) {
      const { axes, noop } = axesOf(n, inputAxes(n));
      if (noop) return expression('identity', a => a[0].expr);
      if (n.dtype(0) === 'bool') unsupported('reducing a bool tensor');
      const keep = n.attrs.int('keepdims', 1) === 1;
      const axisText = axes.length === 1 ? String(axes[0]) : `(${axes.join(', ')})`;
      return expression(r.api, a => r.text(a[0].expr, axisText, keep));
    }
  };
}

export const REDUCE_OPS: OpMapper[] = REDUCTIONS.map(reduceMapper);
