import { normalizeAxis } from '../ir/shapes';
import { call } from './support/emit';
import { NodeView, OpMapper, unsupported } from './types';

function sizes(n: NodeView): { axis: number; parts: number[] } {
  const shape = n.shape(0);
  const axis = normalizeAxis(n.attrs.int('axis', 0), shape.length);
  const given = n.intsFromAttrOrInput('split', 1, 'split sizes');
  if (given) return { axis, parts: given };
  const count = n.attrs.int('num_outputs', n.outputCount);
  const chunk = Math.ceil(shape[axis] / count);
  const parts = Array.from({ length: count }, (_, i) => Math.max(0, Math.min(chunk, shape[axis] - i * chunk)));
  if (parts.some(p => p === 0)) unsupported(`splitting ${shape[axis]} into ${count} parts`);
  return { axis, parts };
}

export const Split: OpMapper = {
  opType: 'Split',
  sinceVersions: [2, 11, 13, 18],
  infer(n) {
    const { axis, parts } = sizes(n);
    return parts.map(size => {
      const shape = n.shape(0).slice();
      shape[axis] = size;
      return { dtype: n.dtype(0), shape };
    });
  },
  emit(n) {
    const { axis, parts } = sizes(n);
    const equal = parts.every(p => p === parts[0]);
    const sections = equal ? String(parts[0]) : `(${parts.join(', ')})`;
    return call('ops.split', a => [a[0].expr, sections, ['axis', { py: 'int', value: axis }]], parts.length);
  }
};
