import { call, layer } from './support/emit';
import { OpMapper } from './types';

export const HardSwish: OpMapper = {
  opType: 'HardSwish',
  sinceVersions: [14],
  infer: n => [n.info(0)],
  emit: n => (n.preferLayer ? layer('nn.HSwish', []) : call('ops.hardswish', a => [a[0].expr]))
};
