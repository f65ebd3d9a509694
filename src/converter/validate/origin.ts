/**
 * Where a place in converted code came from: edits are ranges of the
 * original source and their replacement texts, so an offset in the result
 * maps back to the original offset (text an edit inserted maps to the start
 * of that edit). Validator warnings about converted code are reported at
 * the original line, like every other entry of the report.
 */
import type { TextEdit } from '../edits';

export function originalOffset(edits: readonly TextEdit[], converted: number): number {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let delta = 0;
  for (const edit of sorted) {
    const start = edit.start + delta;
    if (converted < start) {
      break;
    }
    if (converted < start + edit.text.length) {
      return edit.start;
    }
    delta += edit.text.length - (edit.end - edit.start);
  }
  return converted - delta;
}
