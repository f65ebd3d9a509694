/** Source lines around statements, for rewriters that add, remove or move whole lines. */
import type { SyntaxNode as Node } from '../parse/syntax';
import type { ConversionContext } from './context';

/** The start of the line holding `offset`. */
export function lineStartOf(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/** The end of the line holding `offset`, past its newline. */
export function lineEndOf(source: string, offset: number): number {
  const newline = source.indexOf('\n', offset);
  return newline < 0 ? source.length : newline + 1;
}

/** Where a statement alone on its line(s) can be followed by a new line: the end of its last line, with that line's indentation. */
export function followingLine(context: ConversionContext, statement: Node): { offset: number; indent: string; lineBreak: string } | undefined {
  const source = context.source;
  const lineStart = lineStartOf(source, statement.startIndex);
  const before = source.slice(lineStart, statement.startIndex);
  let end = source.indexOf('\n', statement.endIndex);
  end = end < 0 ? source.length : end;
  const after = source.slice(statement.endIndex, end);
  if (!/^[ \t]*$/.test(before) || !/^[ \t]*(#.*)?\r?$/.test(after)) {
    return undefined;
  }
  const crlf = source[end - 1] === '\r';
  // The indentation as converted (a removed `with torch.no_grad():` moves the block out).
  const indent = context.edits.currentText(lineStart, statement.startIndex);
  return { offset: crlf ? end - 1 : end, indent, lineBreak: crlf ? '\r\n' : '\n' };
}
