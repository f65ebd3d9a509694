import { readArguments } from '../calls/arguments';
import { textOf } from '../context';
import type { EntryRewriter } from './types';

/**
 * `net.modules()` -> `(cell for _, cell in net.cells_and_names())`: both walk
 * the network recursively, itself included; MindSpore's `cells()` lists only
 * the direct children.
 */
export const modulesToCells: EntryRewriter = (site, context) => {
  if (!site.receiver || readArguments(site.call)?.args.length !== 0) {
    return { ok: false, reason: 'modules() takes no arguments here' };
  }
  const receiver = textOf(context, site.receiver);
  const text = `(cell for _, cell in ${receiver}.cells_and_names())`;
  return { ok: true, edits: [{ start: site.call.startIndex, end: site.call.endIndex, text }], converted: `${receiver}.cells_and_names`, notes: [] };
};
