import { call } from './support/emit';
import { OpMapper } from './types';

export const Softplus: OpMapper = {
  opType: 'Softplus',
  sinceVersions: [1],
  infer: n => [n.info(0)],
  emit: () => call('ops.softplus', a => [a[0].expr])
};
