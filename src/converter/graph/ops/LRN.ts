import { formatFloat, py } from '../codegen/python';
import { keyword, layer } from './support/emit';
import { OpMapper, unsupported } from './types';

/** ONNX divides alpha by the window size; MindSpore's LRN takes the radius and the per-element alpha. */
export const LRN: OpMapper = {
  opType: 'LRN',
  sinceVersions: [1, 13],
  infer: n => [n.info(0)],
  emit(n) {
    const size = n.attrs.required(n.attrs.int('size'), 'size');
    if (size % 2 === 0) unsupported('an even window size');
    const alpha = n.attrs.float('alpha', 0.0001);
    return layer('nn.LRN', [
      keyword('depth_radius', py.int((size - 1) / 2)),
      keyword('bias', py.float(n.attrs.float('bias', 1), true)),
      // alpha as written in the model (shortest float32 decimal), then divided: 0.0005 / 5 is 0.0001.
      keyword('alpha', py.float(Number(formatFloat(alpha, true)) / size)),
      keyword('beta', py.float(n.attrs.float('beta', 0.75), true))
    ]);
  }
};
