import { normalizeAxis } from '../ir/shapes';
import { call } from './support/emit';
import { reshapeTensor } from './support/fold';
import { NodeView, OpMapper, unsupported } from './types';

function unsqueezed(n: NodeView): { shape: number[]; axes: number[] } {
  const x = n.shape(0);
  const rank = x.length + (n.intsFromAttrOrInput('axes', 1, 'axes') ?? []).length;
  const axes = n.attrs.required(n.intsFromAttrOrInput('axes', 1, 'axes'), 'axes').map(a => normalizeAxis(a, rank)).sort((a, b) => a - b);
  if (new Set(axes).size !== axes.length) unsupported(`axes ${axes.join(', ')} repeat an axis`);
  const shape: number[] = [];
  let from = 0;
  for (let i = 0; i < rank; i++) shape.push(axes.includes(i) ? 1 : x[from++]);
  return { shape, axes };
}

export const Unsqueeze: OpMapper = {
  opType: 'Unsqueeze',
  foldsAnySize: true,
  sinceVersions: [1, 11, 13, 21],
  infer: n => [{ dtype: n.dtype(0), shape: unsqueezed(n).shape }],
  fold: n => [reshapeTensor(n.constant(0)!, unsqueezed(n).shape)],
  emit(n) {
    const { shape, axes } = unsqueezed(n);
    if (axes.length === 1) return call('ops.unsqueeze', a => [a[0].expr, String(axes[0])]);
    return call('ops.reshape', a => [a[0].expr, `(${shape.join(', ')})`]);
  }
};
