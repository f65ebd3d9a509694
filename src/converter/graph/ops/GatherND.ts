import { call } from './support/emit';
import { OpMapper, unsupported } from './types';

export const GatherND: OpMapper = {
  opType: 'GatherND',
  sinceVersions: [11, 12, 13],
  restrictions: 'batch_dims other than 0 is not converted',
  infer(n) {
    const data = n.shape(0);
    const indices = n.shape(1);
    const depth = indices[indices.length - 1];
    return [{ dtype: n.dtype(0), shape: [...indices.slice(0, -1), ...data.slice(depth)] }];
  },
  emit(n) {
    if (n.attrs.int('batch_dims', 0) !== 0) unsupported('batch_dims');
    return call('ops.gather_nd', a => [a[0].expr, a[1].expr]);
  }
};
