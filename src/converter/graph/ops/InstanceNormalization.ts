import { py, render } from '../codegen/python';
import { expression, keywordUnless, layer, paramFrom, positional } from './support/emit';
import { OpMapper } from './types';

const LAYERS: Record<number, string> = { 3: 'nn.InstanceNorm1d', 4: 'nn.InstanceNorm2d', 5: 'nn.InstanceNorm3d' };

export const InstanceNormalization: OpMapper = {
  opType: 'InstanceNormalization',
  sinceVersions: [6],
  infer: n => [n.info(0)],
  emit(n) {
    const rank = n.rank(0);
    const epsilon = n.attrs.float('epsilon', 1e-5);
    const gamma = paramFrom(n, 1, 'gamma');
    const beta = paramFrom(n, 2, 'beta');
    if (gamma && beta && LAYERS[rank]) {
      return layer(LAYERS[rank], [positional('num_features', py.int(n.shape(0)[1])), ...keywordUnless('eps', py.float(epsilon, true), py.float(1e-5))], [gamma, beta]);
    }
    const axes = `(${Array.from({ length: rank - 2 }, (_, i) => i + 2).join(', ')})`;
    const view = `(1, -1${', 1'.repeat(rank - 2)})`;
    return expression('ops.mean', a => {
      const x = a[0].expr;
      return `(${x} - ops.mean(${x}, ${axes}, keep_dims=True)) / ops.sqrt(ops.var(${x}, ${axes}, keepdims=True) + ${render(py.float(epsilon, true))}) * ops.reshape(${a[1].expr}, ${view}) + ops.reshape(${a[2].expr}, ${view})`;
    });
  }
};
