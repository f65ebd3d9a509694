import { py } from '../codegen/python';
import { call, keyword, layer } from './support/emit';
import { OpMapper } from './types';

export const LeakyRelu: OpMapper = {
  opType: 'LeakyRelu',
  sinceVersions: [6, 16],
  infer: n => [n.info(0)],
  emit(n) {
    const alpha = py.float(n.attrs.float('alpha', 0.01), true);
    return n.preferLayer ? layer('nn.LeakyReLU', [keyword('alpha', alpha)]) : call('ops.leaky_relu', a => [a[0].expr, ['alpha', alpha]]);
  }
};
