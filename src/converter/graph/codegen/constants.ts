/**
 * How a constant tensor appears in generated code: a literal when small, a
 * Parameter of the cell that uses it when large (its bytes go to the
 * checkpoint). Transposed or aliased initializers are written as operations on
 * the original parameter, so that it keeps its PyTorch name.
 */
import { DTYPES, isFloat } from '../onnx/dtypes';
import { Value } from '../ir/graph';
import { ConstTensor } from '../ir/tensor';
import { formatFloat, formatInt, identifier } from './python';

/** Constants up to this many elements are written inline. */
export const INLINE_LIMIT = 16;

export interface ConstantParam {
  attr: string;
  value: Value;
  tensor: ConstTensor;
  trainable: boolean;
}

/** Nested Python list text of a small tensor's values. */
export function nestedList(tensor: ConstTensor): string {
  const values = tensor.values();
  const item = (v: number) => (tensor.dtype === 'bool' ? (v ? 'True' : 'False') : isFloat(tensor.dtype) ? formatFloat(v, tensor.dtype === 'float32') : formatInt(v));
  const build = (axis: number, offset: number): [string, number] => {
    if (axis === tensor.dims.length) return [item(values[offset]), offset + 1];
    const parts: string[] = [];
    let at = offset;
    for (let i = 0; i < tensor.dims[axis]; i++) {
      const [text, next] = build(axis + 1, at);
      parts.push(text);
      at = next;
    }
    return [`[${parts.join(', ')}]`, at];
  };
  return build(0, 0)[0];
}

/** A small constant as a MindSpore tensor literal: `Tensor([1.0, 2.0], mstype.float32)`. */
export function tensorLiteral(tensor: ConstTensor): string {
  return `Tensor(${nestedList(tensor)}, ${DTYPES[tensor.dtype].mindspore})`;
}

export function isInlinable(tensor: ConstTensor): boolean {
  return tensor.evaluable && tensor.size <= INLINE_LIMIT && tensor.size > 0;
}

/** Constants a cell keeps as parameters, named after the ONNX tensor (relative to the cell's module path). */
export class ConstantParams {
  readonly params: ConstantParam[] = [];
  private readonly byValue = new Map<Value, ConstantParam>();

  constructor(
    private readonly modulePath: string,
    private readonly taken: (name: string) => boolean,
    private readonly isTrainable: (value: Value) => boolean
  ) {}

  /** `self.<attr>` for the constant; registers it on first use. */
  expression(value: Value): string {
    let param = this.byValue.get(value);
    if (!param) {
      const attr = this.uniqueName(value);
      param = { attr, value, tensor: value.constant!, trainable: this.isTrainable(value) };
      this.byValue.set(value, param);
      this.params.push(param);
    }
    return `self.${param.attr}`;
  }

  private uniqueName(value: Value): string {
    const prefix = this.modulePath ? `${this.modulePath}.` : '';
    const base = value.name.startsWith(prefix) && /^[\w.]+$/.test(value.name)
      ? identifier(value.name.slice(prefix.length))
      : identifier(value.name.replace(/^.*[/:]/, '').replace(/_output_\d+$/, '').toLowerCase(), 'constant');
    let name = base;
    for (let i = 1; this.taken(name) || this.params.some(p => p.attr === name); i++) name = `${base}_${i}`;
    return name;
  }
}
