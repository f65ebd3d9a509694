import { call } from './support/emit';
import { OpMapper } from './types';

export const Det: OpMapper = {
  opType: 'Det',
  sinceVersions: [11, 22],
  infer: n => [{ dtype: n.dtype(0), shape: n.shape(0).slice(0, -2) }],
  emit: () => call('ops.det', a => [a[0].expr])
};
