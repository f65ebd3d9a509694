import { call, expression } from './support/emit';
import { transposeTensor } from './support/fold';
import { NodeView, OpMapper, unsupported } from './types';

function permutation(n: NodeView): number[] {
  const rank = n.rank(0);
  const perm = n.attrs.ints('perm') ?? Array.from({ length: rank }, (_, i) => rank - 1 - i);
  if (perm.length !== rank || [...perm].sort((a, b) => a - b).some((p, i) => p !== i)) unsupported(`perm (${perm.join(', ')}) is not a permutation of rank ${rank}`);
  return perm;
}

export const Transpose: OpMapper = {
  opType: 'Transpose',
  foldsAnySize: true,
  sinceVersions: [1, 13, 21],
  infer: n => [{ dtype: n.dtype(0), shape: permutation(n).map(p => n.shape(0)[p]) }],
  fold: n => [transposeTensor(n.constant(0)!, permutation(n))],
  derive: n => ({ perm: permutation(n) }),
  emit(n) {
    const perm = permutation(n);
    if (perm.length === 2 && perm[0] === 1) return expression('Tensor.T', a => `${a[0].expr}.T`);
    return call('ops.transpose', a => [a[0].expr, `(${perm.join(', ')})`]);
  }
};
