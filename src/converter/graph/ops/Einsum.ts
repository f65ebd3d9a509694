import { call } from './support/emit';
import { formatString } from '../codegen/python';
import { NodeView, OpMapper, unsupported } from './types';

/** Output shape of an explicit einsum equation (`ij,jk->ik`); implicit and ellipsis forms are not handled. */
function einsumShape(n: NodeView): number[] {
  const equation = n.attrs.required(n.attrs.string('equation'), 'equation').replace(/\s/g, '');
  if (equation.includes('.')) unsupported('an ellipsis einsum equation');
  const [lhs, explicit] = equation.split('->');
  // Implicit output: the labels that appear once, in alphabetical order.
  const letters = [...lhs.replace(/,/g, '')];
  const rhs = explicit ?? [...new Set(letters)].filter(l => letters.indexOf(l) === letters.lastIndexOf(l)).sort().join('');
  const sizes = new Map<string, number>();
  lhs.split(',').forEach((term, i) => [...term].forEach((letter, axis) => sizes.set(letter, n.shape(i)[axis])));
  return [...rhs].map(letter => sizes.get(letter) ?? unsupported(`output label '${letter}' is not an input label`));
}

export const Einsum: OpMapper = {
  opType: 'Einsum',
  sinceVersions: [12],
  restrictions: 'ellipsis equations are not converted',
  infer: n => [{ dtype: n.dtype(0), shape: einsumShape(n) }],
  emit: n => call('ops.einsum', a => [formatString(n.attrs.string('equation', '').replace(/\s/g, '')), ...a.map(x => x.expr)])
};
