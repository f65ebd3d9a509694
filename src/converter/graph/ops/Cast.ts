import { DTYPES, DType, dtypeOfOnnx } from '../onnx/dtypes';
import { call } from './support/emit';
import { castTensor } from './support/fold';
import { NodeView, OpMapper, unsupported } from './types';

function target(n: NodeView): DType {
  const dtype = dtypeOfOnnx(n.attrs.required(n.attrs.int('to'), 'to'));
  if (!dtype || dtype === 'string') unsupported(`a cast to ONNX type ${n.attrs.int('to')}`);
  return dtype;
}

export const Cast: OpMapper = {
  opType: 'Cast',
  sinceVersions: [6, 9, 13, 19, 21],
  restrictions: 'casts to strings and to 8/4-bit float types are not converted',
  infer: n => [{ dtype: target(n), shape: n.shape(0) }],
  fold: n => [castTensor(n.constant(0)!, target(n))],
  emit(n) {
    const dtype = target(n);
    if (dtype === n.dtype(0)) return { kind: 'expr', api: 'identity', expr: a => a[0].expr };
    return call('ops.cast', a => [a[0].expr, DTYPES[dtype].mindspore]);
  }
};
