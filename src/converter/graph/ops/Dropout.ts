import { py } from '../codegen/python';
import { call, expression, keyword, layer } from './support/emit';
import { NodeView, OpMapper, unsupported } from './types';

function ratio(n: NodeView): number {
  if (n.opset < 12) return n.attrs.float('ratio', 0.5);
  const value = n.constant(1);
  return value ? value.values()[0] : 0.5;
}

/** In inference Dropout is the identity; as the whole of a torch module it becomes nn.Dropout (identity in eval). */
export const Dropout: OpMapper = {
  opType: 'Dropout',
  sinceVersions: [7, 10, 12, 13],
  restrictions: 'the mask output is not converted',
  infer: n => [n.info(0), { dtype: 'bool', shape: n.shape(0) }],
  emit(n) {
    if (n.outputCount > 1 && n.node.outputs[1].used) unsupported('the mask output');
    if (n.opset >= 12 && n.has(2)) {
      const training = n.constant(2);
      if (!training) unsupported('training_mode computed at run time');
      // F.dropout(x, p) defaults to training=True (torchvision's Swin attention, p=0.0): with p=0 it is the identity.
      if (training.values()[0] !== 0 && ratio(n) !== 0) return call('ops.dropout', a => [a[0].expr, ['p', py.float(ratio(n), true)], ['training', py.bool(true)]]);
    }
    if (n.preferLayer) return layer('nn.Dropout', [keyword('p', py.float(ratio(n), true))]);
    return expression('identity', a => a[0].expr);
  }
};
