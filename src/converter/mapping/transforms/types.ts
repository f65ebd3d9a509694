import type { PyValue } from '../pyValue';

export interface TransformInput {
  /** The torch argument's value (a literal view of its current text). */
  value: PyValue;
  /** The MindSpore parameter the argument goes to (after `rename`). */
  param: string;
  /** The torch parameter (for messages); `param` when absent. */
  torchParam?: string;
  /** The value of another torch argument of the call (given, or added by `defaults`). */
  argument?: (torchParam: string) => PyValue | undefined;
  /** Writes a MindSpore name (`mindspore.float32`) so that the converted file imports it. */
  spell?: (api: string) => string;
}

/** The MindSpore arguments that replace the torch one (none: the argument is dropped). */
export interface TransformOutput {
  args: Array<{ name: string; text: string }>;
  /** A caveat the report adds to the conversion. */
  note?: string;
}

export type TransformResult = TransformOutput | { unsupported: string };

/** A named value transform, implemented once and referenced from mapping entries by name. */
export interface ValueTransform {
  /** One line for mappings/README.md and the schema test. */
  description: string;
  /** Every MindSpore parameter the transform can emit for `param` (checked against the target's signature). */
  emits(param: string): string[];
  apply(input: TransformInput): TransformResult;
}

export function isUnsupported(result: TransformResult): result is { unsupported: string } {
  return 'unsupported' in result;
}
