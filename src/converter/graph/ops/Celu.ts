import { py } from '../codegen/python';
import { call, keywordUnless, layer } from './support/emit';
import { OpMapper } from './types';

export const Celu: OpMapper = {
  opType: 'Celu',
  sinceVersions: [12],
  infer: n => [n.info(0)],
  emit(n) {
    const alpha = py.float(n.attrs.float('alpha', 1), true);
    return n.preferLayer ? layer('nn.CELU', keywordUnless('alpha', alpha, py.float(1))) : call('ops.celu', a => [a[0].expr, ['alpha', alpha]]);
  }
};
