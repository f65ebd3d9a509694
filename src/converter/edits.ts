/**
 * Rewrites are data: every converter step returns text edits on ranges of the
 * original source, and one function applies them. Offsets are JavaScript string
 * indices (UTF-16 code units), which is what web-tree-sitter reports for a
 * string input, so bytes outside an edit are copied unchanged.
 */
export interface TextEdit {
  /** Start offset in the original source (inclusive). */
  start: number;
  /** End offset in the original source (exclusive); equal to start for an insertion. */
  end: number;
  /** Replacement text. */
  text: string;
}

export class OverlappingEditsError extends Error {
  constructor(readonly first: TextEdit, readonly second: TextEdit) {
    super(
      `overlapping edits [${first.start}, ${first.end}) and [${second.start}, ${second.end})`
    );
  }
}

/**
 * Applies edits to `source`. Insertions at the same offset keep their given
 * order; any two edits whose ranges overlap are rejected, because silently
 * dropping one would lose a conversion.
 */
export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((edit, order) => ({ edit, order }))
    .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.order - b.order)
    .map(item => item.edit);
  const parts: string[] = [];
  let cursor = 0;
  let previous: TextEdit | undefined;
  for (const edit of sorted) {
    if (edit.start < 0 || edit.end > source.length || edit.start > edit.end) {
      throw new RangeError(`edit [${edit.start}, ${edit.end}) is outside the source`);
    }
    if (previous && edit.start < previous.end) {
      throw new OverlappingEditsError(previous, edit);
    }
    parts.push(source.slice(cursor, edit.start), edit.text);
    cursor = edit.end;
    previous = edit;
  }
  parts.push(source.slice(cursor));
  return parts.join('');
}
