import { call } from './support/emit';
import { OpMapper, unsupported } from './types';

const FUNCTIONS: Record<string, string> = {
  none: 'ops.tensor_scatter_update',
  add: 'ops.tensor_scatter_add',
  mul: 'ops.tensor_scatter_mul',
  max: 'ops.tensor_scatter_max',
  min: 'ops.tensor_scatter_min'
};

export const ScatterND: OpMapper = {
  opType: 'ScatterND',
  sinceVersions: [11, 13, 16, 18],
  infer: n => [n.info(0)],
  emit(n) {
    const reduction = n.attrs.string('reduction', 'none');
    const fn = FUNCTIONS[reduction] ?? unsupported(`reduction '${reduction}'`);
    return call(fn, a => [a[0].expr, a[1].expr, a[2].expr]);
  }
};
