import { product } from '../ir/shapes';
import { ConstTensor } from '../ir/tensor';
import { OpMapper, unsupported } from './types';

export const Size: OpMapper = {
  opType: 'Size',
  sinceVersions: [1, 13, 19, 21],
  foldsFromTypes: true,
  infer: () => [{ dtype: 'int64', shape: [] }],
  fold(n) {
    if (n.shape(0).some(d => d < 0)) unsupported('the size is unknown at conversion time');
    return [ConstTensor.scalar('int64', product(n.shape(0)))];
  },
  emit: () => unsupported('the size is unknown at conversion time')
};
