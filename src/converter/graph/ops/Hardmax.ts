import { DTYPES } from '../onnx/dtypes';
import { normalizeAxis } from '../ir/shapes';
import { expression } from './support/emit';
import { OpMapper } from './types';

export const Hardmax: OpMapper = {
  opType: 'Hardmax',
  sinceVersions: [13],
  infer: n => [n.info(0)],
  emit(n) {
    const axis = normalizeAxis(n.attrs.int('axis', -1), n.rank(0));
    const depth = n.shape(0)[axis];
    const dtype = DTYPES[n.dtype(0)].mindspore;
    return expression('ops.one_hot', a => `ops.one_hot(ops.argmax(${a[0].expr}, dim=${axis}), ${depth}, Tensor(1, ${dtype}), Tensor(0, ${dtype}), axis=${axis})`);
  }
};
