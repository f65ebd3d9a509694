import { expression } from './support/emit';
import { OpMapper } from './types';

export const GlobalLpPool: OpMapper = {
  opType: 'GlobalLpPool',
  sinceVersions: [2],
  infer(n) {
    const x = n.shape(0);
    return [{ dtype: n.dtype(0), shape: [x[0], x[1], ...x.slice(2).map(() => 1)] }];
  },
  emit(n) {
    const axes = `(${Array.from({ length: n.rank(0) - 2 }, (_, i) => i + 2).join(', ')})`;
    const p = n.attrs.int('p', 2);
    if (p === 2) return expression('ops.sqrt', a => `ops.sqrt(ops.sum(ops.square(${a[0].expr}), ${axes}, keepdim=True))`);
    return expression('ops.pow', a => `ops.pow(ops.sum(ops.pow(ops.abs(${a[0].expr}), ${p}), ${axes}, keepdim=True), ${1 / p})`);
  }
};
