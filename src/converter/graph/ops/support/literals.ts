/** Python literals for constant inputs (scalars where a scalar means the same thing). */
import { formatFloat, formatInt } from '../../codegen/python';
import { isFloat } from '../../onnx/dtypes';
import { ConstTensor } from '../../ir/tensor';
import { ArgExpr } from '../types';

/** The number as a Python literal of the tensor's kind (1.0 for floats, 1 for integers, True for bools). */
export function scalarText(tensor: ConstTensor, value: number): string {
  if (tensor.dtype === 'bool') return value ? 'True' : 'False';
  return isFloat(tensor.dtype) ? formatFloat(value, tensor.dtype === 'float32') : formatInt(value);
}

/**
 * A one-element constant as a Python scalar when broadcasting it against a
 * tensor of rank >= its own gives the same result; otherwise the input's
 * own expression.
 */
export function operand(arg: ArgExpr, otherRank: number): string {
  const c = arg.constant;
  if (c && c.size === 1 && c.rank <= otherRank && c.evaluable) {
    return scalarText(c, c.values()[0]);
  }
  return arg.expr;
}

/** Wraps an operand in parentheses unless it is a name, a call, a literal or a subscript. */
export function atom(text: string): string {
  return /^[-]?[\w.]+(\(.*\)|\[.*\])?$/.test(text) && !/^-/.test(text) ? text : `(${text})`;
}
