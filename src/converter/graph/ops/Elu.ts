import { py } from '../codegen/python';
import { call, keywordUnless, layer } from './support/emit';
import { OpMapper } from './types';

export const Elu: OpMapper = {
  opType: 'Elu',
  sinceVersions: [6],
  infer: n => [n.info(0)],
  emit(n) {
    const alpha = py.float(n.attrs.float('alpha', 1), true);
    return n.preferLayer ? layer('nn.ELU', keywordUnless('alpha', alpha, py.float(1))) : call('ops.elu', a => [a[0].expr, ['alpha', alpha]]);
  }
};
