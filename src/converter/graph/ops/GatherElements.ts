import { normalizeAxis } from '../ir/shapes';
import { call } from './support/emit';
import { OpMapper } from './types';

export const GatherElements: OpMapper = {
  opType: 'GatherElements',
  sinceVersions: [11, 13],
  infer: n => [{ dtype: n.dtype(0), shape: n.shape(1) }],
  emit: n => call('ops.gather_elements', a => [a[0].expr, String(normalizeAxis(n.attrs.int('axis', 0), n.rank(0))), a[1].expr])
};
