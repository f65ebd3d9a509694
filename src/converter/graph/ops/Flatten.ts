import { normalizeAxis, product } from '../ir/shapes';
import { call, layer } from './support/emit';
import { reshapeTensor } from './support/fold';
import { NodeView, OpMapper } from './types';

function flattened(n: NodeView): number[] {
  const x = n.shape(0);
  const raw = n.attrs.int('axis', 1);
  const axis = raw < 0 ? normalizeAxis(raw, x.length) : Math.min(raw, x.length);
  return [product(x.slice(0, axis)), product(x.slice(axis))];
}

export const Flatten: OpMapper = {
  opType: 'Flatten',
  foldsAnySize: true,
  sinceVersions: [1, 9, 11, 13],
  infer: n => [{ dtype: n.dtype(0), shape: flattened(n) }],
  fold: n => [reshapeTensor(n.constant(0)!, flattened(n))],
  emit(n) {
    const axis = n.attrs.int('axis', 1);
    if ((axis === 1 || (axis === -1 && n.rank(0) === 2)) && n.rank(0) >= 2) {
      return n.preferLayer ? layer('nn.Flatten', []) : call('ops.flatten', a => [a[0].expr]);
    }
    return call('ops.reshape', a => [a[0].expr, `(${flattened(n).join(', ')})`]);
  }
};
