import { expression } from './support/emit';
import { OpMapper } from './types';

export const MeanVarianceNormalization: OpMapper = {
  opType: 'MeanVarianceNormalization',
  sinceVersions: [9, 13],
  infer: n => [n.info(0)],
  emit(n) {
    const axes = `(${n.attrs.ints('axes', [0, 2, 3]).join(', ')})`;
    return expression('ops.mean', a => {
      const x = a[0].expr;
      return `(${x} - ops.mean(${x}, ${axes}, keep_dims=True)) / (ops.sqrt(ops.var(${x}, ${axes}, keepdims=True)) + 1e-09)`;
    });
  }
};
