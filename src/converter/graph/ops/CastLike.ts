import { DTYPES } from '../onnx/dtypes';
import { call } from './support/emit';
import { castTensor } from './support/fold';
import { OpMapper } from './types';

export const CastLike: OpMapper = {
  opType: 'CastLike',
  sinceVersions: [15, 19, 21],
  infer: n => [{ dtype: n.dtype(1), shape: n.shape(0) }],
  fold: n => [castTensor(n.constant(0)!, n.dtype(1))],
  emit(n) {
    if (n.dtype(0) === n.dtype(1)) return { kind: 'expr', api: 'identity', expr: a => a[0].expr };
    return call('ops.cast', a => [a[0].expr, DTYPES[n.dtype(1)].mindspore]);
  }
};
