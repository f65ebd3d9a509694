import { call } from './support/emit';
import { operand } from './support/literals';
import { OpMapper } from './types';

export const Trilu: OpMapper = {
  opType: 'Trilu',
  sinceVersions: [14],
  infer: n => [n.info(0)],
  emit(n) {
    const fn = n.attrs.int('upper', 1) === 1 ? 'ops.triu' : 'ops.tril';
    return call(fn, a => [a[0].expr, ...(n.has(1) ? [operand(a[1], 0)] : [])]);
  }
};
