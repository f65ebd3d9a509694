/**
 * A node graph mode cannot convert stays in the code as a clearly marked
 * call, `onnx.<OpType>(inputs, input_shape=..., output_shape=..., attrs...)`,
 * so the file still parses and a person sees what to write there.
 */
import { Node } from '../ir/graph';
import { ArgExpr } from '../ops/types';
import { formatFloat, formatInt, formatString, identifier } from './python';

function plainValue(value: unknown): string {
  if (typeof value === 'number') return Number.isInteger(value) ? formatInt(value) : formatFloat(value);
  if (typeof value === 'string') return formatString(value);
  if (Array.isArray(value)) return value.length === 1 ? `(${plainValue(value[0])},)` : `(${value.map(plainValue).join(', ')})`;
  return 'None';
}

const shapeOf = (shape: number[] | undefined) => (shape ? plainValue(shape) : 'None');

export function placeholderCall(node: Node, args: ArgExpr[]): string {
  const parts = args.map(a => a.expr);
  const inputShapes = node.inputs.map(v => shapeOf(v?.info?.shape));
  const outputShapes = node.outputs.map(v => shapeOf(v.info?.shape));
  parts.push(`input_shape=${inputShapes.length === 1 ? inputShapes[0] : `(${inputShapes.join(', ')}${inputShapes.length === 1 ? ',' : ''})`}`);
  parts.push(`output_shape=${outputShapes.length === 1 ? outputShapes[0] : `(${outputShapes.join(', ')})`}`);
  for (const name of node.attrs.names()) {
    const keyword = identifier(name);
    parts.push(`${keyword === 'input_shape' || keyword === 'output_shape' ? `attr_${keyword}` : keyword}=${plainValue(node.attrs.plain(name))}`);
  }
  return `onnx.${identifier(node.opType, 'Op')}(${parts.join(', ')})`;
}
