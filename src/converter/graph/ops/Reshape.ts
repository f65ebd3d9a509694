import { product } from '../ir/shapes';
import { call } from './support/emit';
import { reshapeTensor } from './support/fold';
import { NodeView, OpMapper, unsupported } from './types';

/** The target shape with 0 (copy the input dim, unless allowzero) resolved; -1 kept for the call, resolved for inference. */
function target(n: NodeView): { written: number[]; resolved: number[] } {
  const x = n.shape(0);
  const raw = n.opset >= 5 ? n.constInts(1, 'the target shape') : n.attrs.required(n.attrs.ints('shape'), 'shape');
  const allowZero = n.attrs.int('allowzero', 0) === 1;
  const written = raw.map((d, i) => (d === 0 && !allowZero ? x[i] : d));
  const known = product(written.filter(d => d !== -1));
  const total = product(x);
  const resolved = written.map(d => (d === -1 ? (known === 0 ? 0 : total / known) : d));
  if (written.filter(d => d === -1).length > 1 || (x.every(d => d >= 0) && product(resolved) !== total) || resolved.some(d => !Number.isInteger(d))) {
    unsupported(`cannot reshape (${x.join(', ')}) to (${raw.join(', ')})`);
  }
  return { written, resolved };
}

export const Reshape: OpMapper = {
  opType: 'Reshape',
  foldsAnySize: true,
  sinceVersions: [1, 5, 13, 14, 19, 21],
  infer: n => [{ dtype: n.dtype(0), shape: target(n).resolved }],
  fold: n => [reshapeTensor(n.constant(0)!, target(n).resolved)],
  emit(n) {
    const { written } = target(n);
    return call('ops.reshape', a => [a[0].expr, `(${written.join(', ')}${written.length === 1 ? ',' : ''})`]);
  }
};
