import { py } from '../codegen/python';
import { call, keyword, layer } from './support/emit';
import { OpMapper } from './types';

/** ONNX Gelu (opset 20): approximate 'none' (erf) or 'tanh'; MindSpore's nn.GELU takes a bool (default True = tanh). */
export const Gelu: OpMapper = {
  opType: 'Gelu',
  sinceVersions: [20],
  infer: n => [n.info(0)],
  emit(n) {
    const approximate = n.attrs.string('approximate', 'none');
    return n.preferLayer
      ? layer('nn.GELU', [keyword('approximate', py.bool(approximate === 'tanh'))])
      : call('ops.gelu', a => [a[0].expr, ['approximate', py.str(approximate)]]);
  }
};
