import { expression } from './support/emit';
import { normalizeAxis } from '../ir/shapes';
import { OpMapper } from './types';

/** The slices where the condition is true; how many is known only at run time. */
export const Compress: OpMapper = {
  opType: 'Compress',
  sinceVersions: [9, 11],
  infer(n) {
    if (!n.attrs.has('axis')) return [{ dtype: n.dtype(0), shape: [-1] }];
    const shape = n.shape(0).slice();
    shape[normalizeAxis(n.attrs.int('axis', 0), shape.length)] = -1;
    return [{ dtype: n.dtype(0), shape }];
  },
  emit(n) {
    if (!n.attrs.has('axis')) return expression('ops.index_select', a => `ops.index_select(ops.reshape(${a[0].expr}, (-1,)), 0, ops.nonzero(${a[1].expr})[:, 0])`);
    const axis = normalizeAxis(n.attrs.int('axis', 0), n.rank(0));
    return expression('ops.index_select', a => `ops.index_select(${a[0].expr}, ${axis}, ops.nonzero(${a[1].expr})[:, 0])`);
  }
};
