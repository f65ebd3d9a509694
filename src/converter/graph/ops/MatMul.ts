import { broadcastShapes } from '../ir/shapes';
import { call } from './support/emit';
import { NodeView, OpMapper, unsupported } from './types';

/** numpy.matmul shapes: 1-D operands are promoted and the added dim removed. */
export function matmulShape(a: number[], b: number[]): number[] {
  if (a.length === 0 || b.length === 0) unsupported('MatMul of a scalar');
  const left = a.length === 1 ? [1, a[0]] : a;
  const right = b.length === 1 ? [b[0], 1] : b;
  const k1 = left[left.length - 1];
  const k2 = right[right.length - 2];
  if (k1 !== -1 && k2 !== -1 && k1 !== k2) unsupported(`MatMul inner dims ${k1} and ${k2} differ`);
  const batch = broadcastShapes(left.slice(0, -2), right.slice(0, -2));
  const out = [...batch, left[left.length - 2], right[right.length - 1]];
  if (a.length === 1) out.splice(out.length - 2, 1);
  if (b.length === 1) out.pop();
  return out;
}

export const MatMul: OpMapper = {
  opType: 'MatMul',
  sinceVersions: [1, 9, 13],
  infer: (n: NodeView) => [{ dtype: n.dtype(0), shape: matmulShape(n.shape(0), n.shape(1)) }],
  emit: () => call('ops.matmul', a => [a[0].expr, a[1].expr])
};
