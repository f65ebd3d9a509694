import { formatFloat } from '../codegen/python';
import { call, expression } from './support/emit';
import { OpMapper } from './types';

export const Shrink: OpMapper = {
  opType: 'Shrink',
  sinceVersions: [9],
  infer: n => [n.info(0)],
  emit(n) {
    const lambd = n.attrs.float('lambd', 0.5);
    const bias = n.attrs.float('bias', 0);
    const l = formatFloat(lambd, true);
    if (bias === 0) return call('ops.hardshrink', a => [a[0].expr, l]);
    if (bias === lambd) return call('ops.softshrink', a => [a[0].expr, l]);
    const b = formatFloat(bias, true);
    return expression('ops.where', a => {
      const x = a[0].expr;
      return `ops.where(${x} < -${l}, ${x} + ${b}, ops.where(${x} > ${l}, ${x} - ${b}, ops.zeros_like(${x})))`;
    });
  }
};
