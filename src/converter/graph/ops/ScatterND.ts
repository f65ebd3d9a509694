import { call } from './support/emit';
import { OpMapper, unsupported } from './types';

export const ScatterND: OpMapper = {
  opType: 'ScatterND',
  sinceVersions: [11, 13, 16, 18],
  restrictions: 'reductions are not converted',
  infer: n => [n.info(0)],
  emit(n) {
    if (n.attrs.string('reduction', 'none') !== 'none') unsupported(`reduction '${n.attrs.string('reduction')}'`);
    return call('ops.tensor_scatter_update', a => [a[0].expr, a[1].expr, a[2].expr]);
  }
};
