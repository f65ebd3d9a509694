import { textOf } from '../context';
import { readArguments } from '../calls/arguments';
import type { EntryRewriter } from './types';

/**
 * `x.size()` -> `x.shape`, `x.size(d)` / `x.size(dim=d)` -> `x.shape[d]`.
 * MindSpore's Tensor.size is a property (the number of elements), so the
 * call cannot stay.
 */
export const tensorSizeToShape: EntryRewriter = (site, context) => {
  const parsed = readArguments(site.call);
  if (!site.methodName || !site.receiver || !parsed) {
    return { ok: false, reason: 'not a method call' };
  }
  const { args } = parsed;
  const receiver = textOf(context, site.receiver);
  if (args.length === 0) {
    return { ok: true, edits: [{ start: site.methodName.startIndex, end: site.call.endIndex, text: 'shape' }], converted: `${receiver}.shape`, notes: [] };
  }
  const [only] = args;
  if (args.length === 1 && (only.kind === 'positional' || (only.kind === 'keyword' && only.name === 'dim'))) {
    const index = textOf(context, only.value);
    return {
      ok: true,
      edits: [{ start: site.methodName.startIndex, end: site.call.endIndex, text: `shape[${index}]` }],
      converted: `${receiver}.shape[${index}]`,
      notes: []
    };
  }
  return { ok: false, reason: 'size() takes at most one dimension' };
};
