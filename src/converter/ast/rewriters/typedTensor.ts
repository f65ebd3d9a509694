/**
 * torch's legacy tensor constructors (`torch.Tensor`, `torch.FloatTensor`,
 * `torch.cuda.LongTensor`, ...) read one sequence as data and integers as a
 * size; their dtype is in the name (torch.Tensor: float32, where
 * mindspore.Tensor([1, 2]) would be int64):
 *
 *     torch.LongTensor([[1, 2]])   -> mindspore.Tensor([[1, 2]], dtype=mindspore.int64)
 *     torch.FloatTensor(batch, 3)  -> ops.zeros((batch, 3), mindspore.float32)
 *
 * One argument that is neither certainly data (a list, a NumPy value, a name
 * bound only to such values) nor certainly a size (an integer, a shape) is
 * refused: torch decides by its type at run time.
 */
import type { SyntaxNode as Node } from '../../parse/syntax';
import { isSequenceData } from '../analysis/foreign';
import { readArguments } from '../calls/arguments';
import { textOf } from '../context';
import type { ConversionContext } from '../context';
import { spellTarget } from '../spelling';
import type { EntryRewriter } from './types';

const DTYPES: Record<string, string> = {
  Tensor: 'float32',
  FloatTensor: 'float32',
  DoubleTensor: 'float64',
  HalfTensor: 'float16',
  BFloat16Tensor: 'bfloat16',
  LongTensor: 'int64',
  IntTensor: 'int32',
  ShortTensor: 'int16',
  CharTensor: 'int8',
  ByteTensor: 'uint8',
  BoolTensor: 'bool_'
};

/** An integer, or a shape (`x.shape`, `x.size()`, `torch.Size(...)`): what torch reads as a size. */
function isSize(context: ConversionContext, node: Node): boolean {
  if (node.type === 'integer') {
    return true;
  }
  if (node.type === 'attribute' && node.childForFieldName('attribute')!.text === 'shape') {
    return true;
  }
  const fn = node.type === 'call' ? node.childForFieldName('function') : null;
  const args = node.type === 'call' ? readArguments(node)?.args : undefined;
  return (
    !!fn &&
    ((fn.type === 'attribute' && fn.childForFieldName('attribute')!.text === 'size' && args?.length === 0) ||
      context.analysis.qualifiedName(fn) === 'torch.Size')
  );
}

export const typedTensor: EntryRewriter = (site, context) => {
  const name = site.api.slice(site.api.lastIndexOf('.') + 1);
  const dtype = DTYPES[name];
  const parsed = readArguments(site.call);
  if (!dtype || !parsed) {
    return { ok: false, reason: `${site.api} cannot be read here` };
  }
  // Called, torch.Tensor is the legacy constructor too (the class named in isinstance or annotations is only renamed).
  const notes = name === 'Tensor' ? ['torch.Tensor(...) is the legacy constructor: one sequence is float32 data, integers or a shape are a size'] : [];
  for (const arg of parsed.args) {
    if (arg.kind === 'star' || arg.kind === 'doubleStar' || (arg.kind === 'keyword' && arg.name !== 'device')) {
      return { ok: false, reason: `${textOf(context, arg.node)} is not understood: only data or sizes, and device, are` };
    }
    if (arg.kind === 'keyword') {
      notes.push('device is dropped: MindSpore places tensors on the device set by the context');
    }
  }
  const values = parsed.args.filter(arg => arg.kind === 'positional').map(arg => arg.value);
  const typed = spellTarget(`mindspore.${dtype}`);
  let text: string;
  if (values.length === 1 && isSequenceData(context.analysis, values[0])) {
    text = `${spellTarget('mindspore.Tensor')}(${textOf(context, values[0])}, dtype=${typed})`;
  } else if (values.length > 0 && values.every(value => values.length > 1 || isSize(context, value))) {
    const size = values.length > 1 ? `(${values.map(value => textOf(context, value)).join(', ')})` : textOf(context, values[0]);
    text = `${spellTarget('mindspore.ops.zeros')}(${size}, ${typed})`;
    notes.push('torch leaves the values uninitialised; here they are zeros');
  } else {
    return {
      ok: false,
      reason:
        values.length === 0
          ? 'an empty tensor: write mindspore.Tensor([], dtype=...) if that is meant'
          : `the argument ${textOf(context, values[0])} may be data or a size (torch decides at run time): ` +
            `write mindspore.Tensor(data, dtype=mindspore.${dtype}) or ops.zeros(size, mindspore.${dtype})`
    };
  }
  return { ok: true, edits: [{ start: site.call.startIndex, end: site.call.endIndex, text }], converted: text.slice(0, text.indexOf('(')), notes };
};
