import { py } from '../codegen/python';
import { call } from './support/emit';
import { OpMapper } from './types';

export const ThresholdedRelu: OpMapper = {
  opType: 'ThresholdedRelu',
  sinceVersions: [10],
  infer: n => [n.info(0)],
  emit(n) {
    const alpha = py.float(n.attrs.float('alpha', 1), true);
    return call('ops.threshold', a => [a[0].expr, ['thr', alpha], ['value', py.float(0)]]);
  }
};
