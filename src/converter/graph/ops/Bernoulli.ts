import { DTYPES, dtypeOfOnnx } from '../onnx/dtypes';
import { expression } from './support/emit';
import { NodeView, OpMapper } from './types';

const dtypeOf = (n: NodeView) => (n.attrs.int('dtype') !== undefined ? dtypeOfOnnx(n.attrs.int('dtype')!) : undefined) ?? n.dtype(0);

/** Each element is 1 with the probability given by the input. */
export const Bernoulli: OpMapper = {
  opType: 'Bernoulli',
  sinceVersions: [15, 22],
  infer: n => [{ dtype: dtypeOf(n), shape: n.shape(0) }],
  emit: n => expression('ops.rand_like', a => `ops.cast(ops.rand_like(${a[0].expr}) < ${a[0].expr}, ${DTYPES[dtypeOf(n)].mindspore})`)
};
