/**
 * `with torch.no_grad():` and `@torch.no_grad()`: MindSpore computes gradients
 * only inside mindspore.grad / mindspore.value_and_grad, so code outside them
 * needs no guard. The guard goes away and the block's lines move out one
 * level, by edits that delete leading whitespace only (the inside of
 * multi-line strings is left as it is), so the calls inside the block are
 * still converted on their own.
 */
import type { SyntaxNode as Node } from '../../parse/syntax';
import type { TextEdit } from '../../edits';
import { lineEndOf, lineStartOf } from '../lines';
import type { EntryRewriter } from './types';

function lineStarts(source: string, node: Node, from: number): number[] {
  const strings: Array<[number, number]> = [];
  const visit = (current: Node) => {
    if (current.type === 'string' || current.type === 'concatenated_string') {
      strings.push([current.startIndex, current.endIndex]);
      return;
    }
    for (const child of current.children) {
      if (child) {
        visit(child);
      }
    }
  };
  visit(node);
  const starts: number[] = [];
  for (let line = lineEndOf(source, from); line < node.endIndex; line = lineEndOf(source, line)) {
    if (!strings.some(([start, end]) => start < line && line < end)) {
      starts.push(line);
    }
  }
  return starts;
}

export const noGradGuard: EntryRewriter = (site, context) => {
  const { source } = context;
  const parent = site.call.parent;
  if (parent?.type === 'decorator') {
    const start = lineStartOf(source, parent.startIndex);
    if (source.slice(start, parent.startIndex).trim() !== '' || source.slice(parent.endIndex, lineEndOf(source, parent.endIndex)).trim() !== '') {
      return { ok: false, reason: 'the decorator shares its line with other code' };
    }
    return { ok: true, edits: [{ start, end: lineEndOf(source, parent.endIndex), text: '' }], converted: '(decorator removed)', notes: [] };
  }
  const item = parent?.type === 'with_item' ? parent : undefined;
  const clause = item?.parent?.type === 'with_clause' ? item.parent : undefined;
  const statement = clause?.parent?.type === 'with_statement' ? clause.parent : undefined;
  if (!item || !clause || !statement || item.namedChildCount !== 1 || item.namedChildren[0]?.id !== site.call.id) {
    return { ok: false, reason: 'only a with torch.no_grad(): block or an @torch.no_grad() decorator can be removed' };
  }
  if (clause.namedChildCount !== 1) {
    return { ok: false, reason: 'the with statement has other context managers: remove torch.no_grad() from it by hand' };
  }
  const body = statement.childForFieldName('body');
  if (!body) {
    return { ok: false, reason: 'the with statement has no body' };
  }
  const headerStart = lineStartOf(source, statement.startIndex);
  const indent = source.slice(headerStart, statement.startIndex);
  if (indent.trim() !== '') {
    return { ok: false, reason: 'the with statement shares its line with other code' };
  }
  const bodyLine = lineStartOf(source, body.startIndex);
  if (bodyLine === headerStart) {
    // `with torch.no_grad(): x = f()` -> `x = f()`
    return { ok: true, edits: [{ start: statement.startIndex, end: body.startIndex, text: '' }], converted: '(guard removed)', notes: [] };
  }
  const bodyIndent = source.slice(bodyLine, body.startIndex);
  if (!bodyIndent.startsWith(indent) || bodyIndent.trim() !== '') {
    return { ok: false, reason: 'the block is indented inconsistently with the with statement: remove the guard by hand' };
  }
  const delta = bodyIndent.length - indent.length;
  const colon = statement.children.find(child => child?.type === ':');
  const edits: TextEdit[] = [{ start: headerStart, end: lineEndOf(source, (colon ?? body).startIndex), text: '' }];
  // Every line of the block moves out one level, continuation lines too (except inside multi-line strings).
  for (const line of lineStarts(source, statement, headerStart)) {
    // Lines indented with the block's own whitespace (spaces or tabs) lose one level.
    const leading = /^[ \t]*/.exec(source.slice(line, lineEndOf(source, line)))![0];
    if (leading.startsWith(bodyIndent) && source[line + leading.length] !== '\n') {
      edits.push({ start: line + indent.length, end: line + indent.length + delta, text: '' });
    }
  }
  return { ok: true, edits, converted: '(guard removed)', notes: [] };
};
