import { call } from './support/emit';
import { formatString } from '../codegen/python';
import { NodeView, OpMapper, unsupported } from './types';

/** Output shape of an explicit einsum equation (`ij,jk->ik`); implicit and ellipsis forms are not handled. */
function einsumShape(n: NodeView): number[] {
  const equation = n.attrs.required(n.attrs.string('equation'), 'equation').replace(/\s/g, '');
  const [lhs, rhs] = equation.split('->');
  if (rhs === undefined || equation.includes('.')) unsupported('an implicit or ellipsis einsum equation');
  const sizes = new Map<string, number>();
  lhs.split(',').forEach((term, i) => [...term].forEach((letter, axis) => sizes.set(letter, n.shape(i)[axis])));
  return [...rhs].map(letter => sizes.get(letter) ?? unsupported(`output label '${letter}' is not an input label`));
}

export const Einsum: OpMapper = {
  opType: 'Einsum',
  sinceVersions: [12],
  restrictions: 'implicit-output and ellipsis equations are not converted',
  infer: n => [{ dtype: n.dtype(0), shape: einsumShape(n) }],
  emit: n => call('ops.einsum', a => [formatString(n.attrs.string('equation', '').replace(/\s/g, '')), ...a.map(x => x.expr)])
};
