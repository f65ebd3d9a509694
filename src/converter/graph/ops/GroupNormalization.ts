import { py } from '../codegen/python';
import { call, keywordUnless, layer, paramFrom, positional } from './support/emit';
import { OpMapper, unsupported } from './types';

export const GroupNormalization: OpMapper = {
  opType: 'GroupNormalization',
  sinceVersions: [18, 21],
  restrictions: 'opset 18 models whose scale and bias are per group (not per channel) are not converted',
  infer: n => [n.info(0)],
  emit(n) {
    const groups = n.attrs.required(n.attrs.int('num_groups'), 'num_groups');
    const channels = n.shape(0)[1];
    if (n.shape(1)[0] !== channels) unsupported('scale and bias per group (opset 18 semantics)');
    const epsilon = py.float(n.attrs.float('epsilon', 1e-5), true);
    const gamma = paramFrom(n, 1, 'gamma');
    const beta = paramFrom(n, 2, 'beta');
    if (gamma && beta) {
      return layer('nn.GroupNorm', [positional('num_groups', py.int(groups)), positional('num_channels', py.int(channels)), ...keywordUnless('eps', epsilon, py.float(1e-5))], [gamma, beta]);
    }
    return call('ops.group_norm', a => [a[0].expr, String(groups), a[1].expr, a[2].expr, ['eps', epsilon]]);
  }
};
