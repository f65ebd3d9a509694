import { DTYPES } from '../onnx/dtypes';
import { ConstTensor } from '../ir/tensor';
import { call } from './support/emit';
import { checkFoldSize } from './support/fold';
import { operand } from './support/literals';
import { NodeView, OpMapper, unsupported } from './types';

function count(n: NodeView): number {
  const [start, limit, delta] = [0, 1, 2].map(i => n.constant(i)?.values()[0]);
  if (start === undefined || limit === undefined || delta === undefined) unsupported('a Range with bounds computed at run time');
  return Math.max(Math.ceil((limit - start) / delta), 0);
}

export const Range: OpMapper = {
  opType: 'Range',
  sinceVersions: [11],
  infer: n => [{ dtype: n.dtype(0), shape: [count(n)] }],
  fold(n) {
    const length = count(n);
    checkFoldSize([length]);
    const start = n.constant(0)!.values()[0];
    const delta = n.constant(2)!.values()[0];
    return [ConstTensor.fromValues(n.dtype(0), [length], Array.from({ length }, (_, i) => start + i * delta))];
  },
  emit: n => call('ops.arange', a => [operand(a[0], 0), operand(a[1], 0), operand(a[2], 0), ['dtype', DTYPES[n.dtype(0)].mindspore]])
};
