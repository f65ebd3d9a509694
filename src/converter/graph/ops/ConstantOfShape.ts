import { DTYPES } from '../onnx/dtypes';
import { constantFromTensor } from '../ir/build';
import { product } from '../ir/shapes';
import { ConstTensor } from '../ir/tensor';
import { call } from './support/emit';
import { checkFoldSize } from './support/fold';
import { scalarText } from './support/literals';
import { NodeView, OpMapper } from './types';

function fillValue(n: NodeView): ConstTensor {
  const tensor = n.attrs.tensor('value');
  return tensor ? constantFromTensor(tensor) : ConstTensor.scalar('float32', 0);
}

export const ConstantOfShape: OpMapper = {
  opType: 'ConstantOfShape',
  sinceVersions: [9, 20, 21],
  infer: n => [{ dtype: fillValue(n).dtype, shape: n.constInts(0, 'the shape') }],
  fold(n) {
    const dims = n.constInts(0, 'the shape');
    checkFoldSize(dims);
    const value = fillValue(n);
    return [ConstTensor.fromValues(value.dtype, dims, new Array<number>(product(dims)).fill(value.values()[0]))];
  },
  emit(n) {
    const dims = n.constInts(0, 'the shape');
    const value = fillValue(n);
    return call('ops.full', () => [`(${dims.join(', ')}${dims.length === 1 ? ',' : ''})`, scalarText(value, value.values()[0]), ['dtype', DTYPES[value.dtype].mindspore]]);
  }
};
