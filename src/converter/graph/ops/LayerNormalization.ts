import { py } from '../codegen/python';
import { normalizeAxis } from '../ir/shapes';
import { call, keyword, keywordUnless, layer, paramFrom, positional } from './support/emit';
import { NodeView, OpMapper, unsupported } from './types';

function axisOf(n: NodeView): number {
  return normalizeAxis(n.attrs.int('axis', -1), n.rank(0));
}

export const LayerNormalization: OpMapper = {
  opType: 'LayerNormalization',
  sinceVersions: [17],
  restrictions: 'the Mean and InvStdDev outputs are not converted',
  infer(n) {
    const axis = axisOf(n);
    const stats = n.shape(0).map((d, i) => (i < axis ? d : 1));
    return [n.info(0), { dtype: 'float32', shape: stats }, { dtype: 'float32', shape: stats }];
  },
  emit(n) {
    if (n.node.outputs.slice(1).some(o => o.used)) unsupported('the Mean/InvStdDev outputs');
    const axis = axisOf(n);
    const rank = n.rank(0);
    const normalized = n.shape(0).slice(axis);
    const epsilon = py.float(n.attrs.float('epsilon', 1e-5), true);
    const gamma = paramFrom(n, 1, 'gamma');
    const beta = n.has(2) ? paramFrom(n, 2, 'beta') : undefined;
    const sameShape = (i: number) => n.shape(i).join() === normalized.join();
    if (gamma && beta && sameShape(1) && sameShape(2)) {
      const begin = axis === rank - 1 ? -1 : axis;
      return layer('nn.LayerNorm', [
        positional('normalized_shape', py.ints(normalized)),
        ...keywordUnless('begin_norm_axis', py.int(begin), py.int(-1)),
        ...keywordUnless('begin_params_axis', py.int(begin), py.int(-1)),
        keyword('epsilon', epsilon)
      ], [gamma, beta]);
    }
    return call('ops.layer_norm', a => [a[0].expr, `(${normalized.join(', ')}${normalized.length === 1 ? ',' : ''})`, a[1].expr, n.has(2) ? a[2].expr : 'None', ['eps', epsilon]]);
  }
};
