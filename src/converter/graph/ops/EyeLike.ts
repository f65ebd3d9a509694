import { DType, dtypeOfOnnx } from '../onnx/dtypes';
import { ConstTensor } from '../ir/tensor';
import { checkFoldSize } from './support/fold';
import { NodeView, OpMapper, unsupported } from './types';

function dtypeOf(n: NodeView): DType {
  const code = n.attrs.int('dtype');
  return (code !== undefined ? dtypeOfOnnx(code) : undefined) ?? n.dtype(0);
}

/** The shape is static, so EyeLike is a constant. */
export const EyeLike: OpMapper = {
  opType: 'EyeLike',
  sinceVersions: [9, 22],
  foldsFromTypes: true,
  infer: n => [{ dtype: dtypeOf(n), shape: n.shape(0) }],
  fold(n) {
    const [rows, cols] = n.shape(0);
    checkFoldSize([rows, cols]);
    const k = n.attrs.int('k', 0);
    const values = Array.from({ length: rows * cols }, (_, i) => (Math.floor(i / cols) + k === i % cols ? 1 : 0));
    return [ConstTensor.fromValues(dtypeOf(n), [rows, cols], values)];
  },
  emit: () => unsupported('EyeLike of a shape unknown at conversion time')
};
