/**
 * `torch.autograd.Variable(t)`: since torch 0.4 a Variable is the tensor itself,
 * so the wrapper goes and its data stays (`Variable(x.float())` -> `x.float()`).
 * A Variable that asks for a gradient (`requires_grad=True`) is refused:
 * MindSpore differentiates functions with respect to their inputs or Parameters.
 */
import { argumentFor, readArguments } from '../calls/arguments';
import { textOf } from '../context';
import type { EntryRewriter } from './types';

/** Keywords of the old Variable that change nothing today. */
const NO_EFFECT = new Set(['volatile']);

export const variableWrap: EntryRewriter = (site, context) => {
  const args = readArguments(site.call)?.args ?? [];
  const data = argumentFor(args, 0, 'data');
  if (!data) {
    return { ok: false, reason: 'a Variable without data has no counterpart' };
  }
  for (const arg of args) {
    if (arg === data || (arg.name && NO_EFFECT.has(arg.name))) {
      continue;
    }
    if (arg.name === 'requires_grad' && arg.value.text === 'False') {
      continue;
    }
    return {
      ok: false,
      reason:
        `${textOf(context, arg.node)}: a Variable that needs a gradient has no counterpart; ` +
        'make the value an input of the function given to mindspore.value_and_grad, or a mindspore.Parameter'
    };
  }
  const value = textOf(context, data.value);
  // The call's parentheses went with it: keep them where the value needs them (`Variable(a + b).sum()`).
  const atomic = ['call', 'attribute', 'identifier', 'subscript', 'parenthesized_expression', 'list', 'tuple'].includes(data.value.type);
  const text = atomic ? value : `(${value})`;
  return { ok: true, edits: [{ start: site.call.startIndex, end: site.call.endIndex, text }], converted: text, notes: ['A Variable is the tensor itself since torch 0.4.'] };
};
