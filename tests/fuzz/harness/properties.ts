/**
 * What every AST-mode conversion must satisfy, whatever the input, stated
 * so that a fuzzer can check it:
 *
 * - it returns (no exception escapes, no internal error entry) within the time bound;
 * - the code is the source with the returned edits applied, the edits lying
 *   inside the source without overlapping: every character outside the
 *   edited ranges is kept, in order;
 * - no edit touches a region the converter cannot parse, nor the lines the
 *   report says are kept unchanged, nor the IPython syntax it masked;
 * - every report entry with a position points inside the source;
 * - for a source that parses, the code reads no name that the source did not
 *   already leave undefined (a removed import that something still uses, a
 *   missing inserted import); error recovery makes scopes arbitrary elsewhere.
 */
import type { Node } from 'web-tree-sitter';
import { applyEdits, PythonParser, TextEdit } from '../../../src/converter';
import { maskNotebookSyntax } from '../../../src/converter/ast';
import { undefinedNames } from '../../converter/ast/outputChecks';
import type { WorkerOutcome } from './worker';

interface Range {
  start: number;
  end: number;
}

const KINDS = new Set(['insert', 'convert', 'unconvert', 'warning', 'info']);

/** Whether an edit changes anything inside `range` (an insertion on its boundary does not). */
function touches(edit: TextEdit, range: Range): boolean {
  return edit.start === edit.end ? range.start < edit.start && edit.start < range.end : edit.start < range.end && range.start < edit.end;
}

/** The outermost ERROR nodes of the tree, as ranges (walked without recursion: trees can be very deep). */
function errorRegions(parser: PythonParser, masked: string): Range[] {
  const tree = parser.parse(masked);
  try {
    const regions: Range[] = [];
    const stack: Node[] = tree.rootNode.hasError ? [tree.rootNode] : [];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.isError) {
        regions.push({ start: node.startIndex, end: node.endIndex });
      } else if (node.hasError) {
        stack.push(...node.children.filter((child): child is Node => !!child));
      }
    }
    return regions;
  } finally {
    tree.delete();
  }
}

/** The ranges where masking replaced IPython syntax (the masked text has the same length as the source). */
function maskedRegions(source: string, masked: string): Range[] {
  const regions: Range[] = [];
  for (let i = 0; i < source.length; i += 1) {
    if (source[i] !== masked[i]) {
      const last = regions[regions.length - 1];
      if (last && last.end === i) {
        last.end = i + 1;
      } else {
        regions.push({ start: i, end: i + 1 });
      }
    }
  }
  return regions;
}

/**
 * Names the code reads unbound that the source did not (both read as the
 * converter reads them, IPython syntax masked); none when the tree is too
 * deep for the (recursive) scope analysis.
 */
function introducedNames(parser: PythonParser, source: string, code: string): string[] {
  try {
    const masked = maskNotebookSyntax(source).masked;
    const tree = parser.parse(masked);
    const parses = !tree.rootNode.hasError;
    tree.delete();
    if (!parses) {
      return [];
    }
    const before = undefinedNames(parser, masked);
    return [...undefinedNames(parser, maskNotebookSyntax(code).masked)].filter(name => !before.has(name));
  } catch (error) {
    if (error instanceof RangeError) {
      return [];
    }
    throw error;
  }
}

function preview(text: string, at = 0): string {
  return JSON.stringify(text.slice(Math.max(0, at - 20), at + 40));
}

export function conversionViolations(parser: PythonParser, source: string, outcome: WorkerOutcome): string[] {
  if (outcome.timedOut) {
    return [`no result within ${outcome.ms} ms`];
  }
  if (outcome.thrown !== undefined) {
    return [`threw ${outcome.thrown.split('\n').slice(0, 3).join(' / ')}`];
  }
  const conversion = outcome.conversion;
  if (!conversion || typeof conversion.code !== 'string' || !Array.isArray(conversion.edits) || conversion.report?.mode !== 'ast' || !Array.isArray(conversion.report.entries)) {
    return ['the result is not {code, edits, report}'];
  }
  const violations: string[] = [];
  const { code, edits, report } = conversion;
  for (const entry of report.entries) {
    if (entry.note?.startsWith('internal error')) {
      violations.push(`internal error: ${entry.note}`);
    }
    if (!KINDS.has(entry.kind)) {
      violations.push(`entry of unknown kind ${entry.kind}`);
    }
  }

  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  sorted.forEach((edit, i) => {
    if (!(Number.isInteger(edit.start) && Number.isInteger(edit.end) && 0 <= edit.start && edit.start <= edit.end && edit.end <= source.length)) {
      violations.push(`edit [${edit.start}, ${edit.end}) is outside the source (length ${source.length})`);
    }
    if (i > 0 && edit.start < sorted[i - 1].end) {
      violations.push(`edits [${sorted[i - 1].start}, ${sorted[i - 1].end}) and [${edit.start}, ${edit.end}) overlap`);
    }
  });
  if (violations.length === 0 && applyEdits(source, edits) !== code) {
    violations.push('the code is not the source with the edits applied: characters outside the edits changed');
  }

  const lines = source.split('\n');
  for (const entry of report.entries) {
    if (entry.line === undefined && entry.kind === 'insert') {
      continue;
    }
    const line = entry.line ?? 0;
    const column = entry.column ?? -1;
    if (!(line >= 1 && line <= lines.length && column >= 0 && column <= lines[line - 1].length)) {
      violations.push(`${entry.kind} entry at ${entry.line}:${entry.column} is outside the source (${lines.length} lines)`);
    }
  }

  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
    lineStarts.push(i + 1);
  }
  for (const entry of report.entries) {
    const claim = /\blines? (\d+)(?:-(\d+))? (?:is|are) kept unchanged/.exec(entry.note ?? '');
    if (claim) {
      const first = Number(claim[1]);
      const last = Number(claim[2] ?? claim[1]);
      const kept = { start: lineStarts[first - 1] ?? source.length, end: lineStarts[last] ?? source.length };
      for (const edit of edits.filter(e => touches(e, kept))) {
        violations.push(`edit [${edit.start}, ${edit.end}) changes line(s) ${claim[0]} (${JSON.stringify(entry.note)})`);
      }
    }
  }

  if (violations.length === 0 && code !== source) {
    const introduced = introducedNames(parser, source, code);
    if (introduced.length > 0) {
      violations.push(`the code reads ${introduced.join(', ')}, which nothing binds (the source did)`);
    }
  }

  const masked = maskNotebookSyntax(source);
  if (!masked.foreignCellMagic) {
    for (const region of errorRegions(parser, masked.masked)) {
      for (const edit of edits.filter(e => touches(e, region))) {
        violations.push(`edit [${edit.start}, ${edit.end}) -> ${JSON.stringify(edit.text)} changes the unparsable region ${preview(source, region.start)}`);
      }
    }
    for (const region of maskedRegions(source, masked.masked)) {
      for (const edit of edits.filter(e => touches(e, region))) {
        violations.push(`edit [${edit.start}, ${edit.end}) changes IPython syntax ${preview(source, region.start)}`);
      }
    }
  }
  return violations;
}

/** `\n` -> `\r\n` (for sources without `\r`). */
export function crlf(text: string): string {
  return text.replace(/\n/g, '\r\n');
}
