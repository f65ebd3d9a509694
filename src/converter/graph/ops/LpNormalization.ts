import { normalizeAxis } from '../ir/shapes';
import { expression } from './support/emit';
import { OpMapper } from './types';

export const LpNormalization: OpMapper = {
  opType: 'LpNormalization',
  sinceVersions: [1, 22],
  infer: n => [n.info(0)],
  emit(n) {
    const axis = normalizeAxis(n.attrs.int('axis', -1), n.rank(0));
    const p = n.attrs.int('p', 2);
    return expression('ops.norm', a => `${a[0].expr} / ops.norm(${a[0].expr}, ord=${p}, dim=${axis}, keepdim=True)`);
  }
};
