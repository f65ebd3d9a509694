import { formatFloat } from '../codegen/python';
import { call, expression, layer } from './support/emit';
import { OpMapper } from './types';

/** ONNX HardSigmoid is max(0, min(1, alpha * x + beta)); torch's Hardsigmoid (and MindSpore's) is alpha = 1/6, beta = 0.5. */
export const HardSigmoid: OpMapper = {
  opType: 'HardSigmoid',
  sinceVersions: [6],
  infer: n => [n.info(0)],
  emit(n) {
    const alpha = n.attrs.float('alpha', 0.2);
    const beta = n.attrs.float('beta', 0.5);
    if (Math.abs(alpha - 1 / 6) < 1e-6 && Math.abs(beta - 0.5) < 1e-6) {
      return n.preferLayer ? layer('nn.HSigmoid', []) : call('ops.hardsigmoid', a => [a[0].expr]);
    }
    return expression('ops.clamp', a => `ops.clamp(${formatFloat(alpha, true)} * ${a[0].expr} + ${formatFloat(beta, true)}, 0.0, 1.0)`);
  }
};
