/**
 * The converted code is parsed again (for validation) incrementally: the
 * original tree is told where the edits changed the text, so tree-sitter
 * re-reads only those regions instead of the whole file.
 */
import type { Tree } from 'web-tree-sitter';
import type { TextEdit } from '../edits';
import { parseBudgetMs, PythonParser } from '../parse/python';
import type { LineIndex } from './positions';

interface Point {
  row: number;
  column: number;
}

function pointAt(lines: LineIndex, offset: number): Point {
  const { line, column } = lines.position(offset);
  return { row: line - 1, column };
}

/** Where `start` ends up after `text` is written there. */
function advance(start: Point, text: string): Point {
  const lastBreak = text.lastIndexOf('\n');
  if (lastBreak < 0) {
    return { row: start.row, column: start.column + text.length };
  }
  let breaks = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    breaks += 1;
  }
  return { row: start.row + breaks, column: text.length - lastBreak - 1 };
}

/**
 * Parses `converted` (the result of applying non-overlapping `edits` to the
 * text `tree` was parsed from, whose lines are `lines`). `tree` is edited in
 * place: its nodes describe the converted text afterwards.
 */
export function reparseEdited(parser: PythonParser, tree: Tree, lines: LineIndex, edits: readonly TextEdit[], converted: string): Tree {
  // From the end backwards, so the positions of the edits still to apply do not move.
  const ordered = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  for (const edit of ordered) {
    const startPosition = pointAt(lines, edit.start);
    tree.edit({
      startIndex: edit.start,
      oldEndIndex: edit.end,
      newEndIndex: edit.start + edit.text.length,
      startPosition,
      oldEndPosition: pointAt(lines, edit.end),
      newEndPosition: advance(startPosition, edit.text)
    });
  }
  return parser.parse(converted, tree, parseBudgetMs(converted));
}
