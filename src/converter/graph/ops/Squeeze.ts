import { normalizeAxis } from '../ir/shapes';
import { call } from './support/emit';
import { reshapeTensor } from './support/fold';
import { NodeView, OpMapper, unsupported } from './types';

function axes(n: NodeView): number[] {
  const x = n.shape(0);
  const given = n.intsFromAttrOrInput('axes', 1, 'axes');
  const list = given ? given.map(a => normalizeAxis(a, x.length)) : x.map((d, i) => (d === 1 ? i : -1)).filter(i => i >= 0);
  if (list.some(a => x[a] !== 1 && x[a] !== -1)) unsupported(`cannot squeeze axes (${list.join(', ')}) of (${x.join(', ')})`);
  return list;
}

const squeezed = (n: NodeView) => n.shape(0).filter((_, i) => !axes(n).includes(i));

export const Squeeze: OpMapper = {
  opType: 'Squeeze',
  foldsAnySize: true,
  sinceVersions: [1, 11, 13, 21],
  infer: n => [{ dtype: n.dtype(0), shape: squeezed(n) }],
  fold: n => [reshapeTensor(n.constant(0)!, squeezed(n))],
  emit(n) {
    const list = axes(n);
    return call('ops.squeeze', a => [a[0].expr, list.length === 1 ? String(list[0]) : `(${list.join(', ')})`]);
  }
};
