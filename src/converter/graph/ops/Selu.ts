import { call, expression } from './support/emit';
import { OpMapper } from './types';

const ALPHA = 1.6732632423543772;
const GAMMA = 1.0507009873554805;

export const Selu: OpMapper = {
  opType: 'Selu',
  sinceVersions: [6],
  infer: n => [n.info(0)],
  emit(n) {
    const alpha = n.attrs.float('alpha', ALPHA);
    const gamma = n.attrs.float('gamma', GAMMA);
    if (Math.abs(alpha - ALPHA) < 1e-6 && Math.abs(gamma - GAMMA) < 1e-6) return call('ops.selu', a => [a[0].expr]);
    // SELU with other constants: gamma * (max(0, x) + min(0, alpha * (exp(x) - 1)))
    return expression('ops.elu', a => `${Math.fround(gamma)} * ops.elu(${a[0].expr}, alpha=${Math.fround(alpha)})`);
  }
};
