import { py } from '../codegen/python';
import { call, keywordUnless, layer, paramFrom, positional } from './support/emit';
import { OpMapper, ParamSpec, unsupported } from './types';

const LAYERS: Record<number, string> = { 2: 'nn.BatchNorm1d', 3: 'nn.BatchNorm1d', 4: 'nn.BatchNorm2d', 5: 'nn.BatchNorm3d' };

export const BatchNormalization: OpMapper = {
  opType: 'BatchNormalization',
  sinceVersions: [9, 14, 15],
  restrictions: 'the training-mode outputs (running mean/var updates) are not produced',
  infer(n) {
    return [{ dtype: n.dtype(0), shape: n.shape(0) }];
  },
  emit(n) {
    const rank = n.rank(0);
    const epsilon = n.attrs.float('epsilon', 1e-5);
    // ONNX and MindSpore weigh the running statistic by `momentum` alike (torch's momentum is 1 - this).
    const momentum = n.attrs.float('momentum', 0.9);
    const statistics = [paramFrom(n, 3, 'moving_mean', { trainable: false }), paramFrom(n, 4, 'moving_variance', { trainable: false })];
    const affine = [paramFrom(n, 1, 'gamma'), paramFrom(n, 2, 'beta')];
    const params = [...affine, ...statistics];
    if (!LAYERS[rank] || params.some(p => !p)) {
      if (n.outputCount > 1 && n.node.outputs.slice(1).some(o => o.used)) {
        unsupported('the running statistics outputs of a training-mode BatchNormalization');
      }
      return call('ops.batch_norm', a => [a[0].expr, a[3].expr, a[4].expr, a[1].expr, a[2].expr, ['momentum', py.float(1 - momentum, true)], ['eps', py.float(epsilon, true)]]);
    }
    return layer(LAYERS[rank], [
      positional('num_features', py.int(n.shape(1)[0])),
      ...keywordUnless('eps', py.float(epsilon, true), py.float(1e-5)),
      ...keywordUnless('momentum', py.float(momentum, true), py.float(0.9)),
    ], params as ParamSpec[]);
  }
};
