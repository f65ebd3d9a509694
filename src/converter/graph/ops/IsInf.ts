import { expression } from './support/emit';
import { OpMapper } from './types';

export const IsInf: OpMapper = {
  opType: 'IsInf',
  sinceVersions: [10, 20],
  infer: n => [{ dtype: 'bool', shape: n.shape(0) }],
  emit(n) {
    const negative = n.attrs.int('detect_negative', 1) === 1;
    const positive = n.attrs.int('detect_positive', 1) === 1;
    if (negative && positive) return expression('ops.isinf', a => `ops.isinf(${a[0].expr})`);
    if (positive) return expression('==', a => `${a[0].expr} == float('inf')`);
    if (negative) return expression('==', a => `${a[0].expr} == float('-inf')`);
    return expression('ops.zeros_like', a => `ops.zeros_like(${a[0].expr}, dtype=mstype.bool_)`);
  }
};
