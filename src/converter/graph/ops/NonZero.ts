import { expression } from './support/emit';
import { OpMapper } from './types';

/** ONNX NonZero is (rank, count); MindSpore's ops.nonzero is (count, rank). The count is data-dependent. */
export const NonZero: OpMapper = {
  opType: 'NonZero',
  sinceVersions: [9, 13],
  infer: n => [{ dtype: 'int64', shape: [n.rank(0), -1] }],
  emit: () => expression('ops.nonzero', a => `ops.nonzero(${a[0].expr}).T`)
};
