import { expression } from './support/emit';
import { globalPoolInfo, spatialAxes } from './support/pooling';
import { OpMapper } from './types';

export const GlobalLpPool: OpMapper = {
  opType: 'GlobalLpPool',
  sinceVersions: [2],
  infer: globalPoolInfo,
  emit(n) {
    const axes = spatialAxes(n);
    const p = n.attrs.int('p', 2);
    if (p === 2) return expression('ops.sqrt', a => `ops.sqrt(ops.sum(ops.square(${a[0].expr}), ${axes}, keepdim=True))`);
    return expression('ops.pow', a => `ops.pow(ops.sum(ops.pow(ops.abs(${a[0].expr}), ${p}), ${axes}, keepdim=True), ${1 / p})`);
  }
};
