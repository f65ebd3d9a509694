import { expression } from './support/emit';
import { OpMapper } from './types';

/** Identity passes its input through: no statement, the output is another name for the input. */
export const Identity: OpMapper = {
  opType: 'Identity',
  foldsAnySize: true,
  aliasesInput: true,
  sinceVersions: [1, 13, 14, 16, 19, 21],
  restrictions: 'tensors only (not sequences or optionals)',
  infer: n => [n.info(0)],
  fold: n => [n.constant(0)!],
  emit: () => expression('identity', a => a[0].expr)
};
