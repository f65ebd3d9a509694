import { constantFromTensor } from '../ir/build';
import { ConstTensor } from '../ir/tensor';
import { NodeView, OpMapper, unsupported } from './types';

function value(n: NodeView): ConstTensor {
  const a = n.attrs;
  const tensor = a.tensor('value');
  if (tensor) return constantFromTensor(tensor);
  if (a.has('value_float')) return ConstTensor.scalar('float32', a.float('value_float', 0));
  if (a.has('value_int')) return ConstTensor.scalar('int64', a.int('value_int', 0));
  const floats = a.floats('value_floats');
  if (floats) return ConstTensor.fromValues('float32', [floats.length], floats);
  const ints = a.ints('value_ints');
  if (ints) return ConstTensor.fromValues('int64', [ints.length], ints);
  return unsupported('a Constant holding strings or a sparse tensor');
}

/** A constant is folded: its value appears where it is used (a literal, or a parameter when large). */
export const Constant: OpMapper = {
  opType: 'Constant',
  sinceVersions: [1, 9, 11, 12, 13, 19, 21],
  restrictions: 'string and sparse constants are not converted',
  infer: n => {
    const v = value(n);
    return [{ dtype: v.dtype, shape: v.dims }];
  },
  fold: n => [value(n)],
  emit: () => unsupported('a Constant is always folded')
};
