import { call } from './support/emit';
import { OpMapper } from './types';

export const ReverseSequence: OpMapper = {
  opType: 'ReverseSequence',
  sinceVersions: [10],
  infer: n => [n.info(0)],
  emit: n =>
    call('ops.reverse_sequence', a => [a[0].expr, a[1].expr, ['seq_dim', { py: 'int', value: n.attrs.int('time_axis', 0) }], ['batch_dim', { py: 'int', value: n.attrs.int('batch_axis', 1) }]])
};
