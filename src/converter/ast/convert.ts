/**
 * AST mode: PyTorch source -> MindSpore source and a report. Parse once,
 * analyse once (scopes, imports, canonical names), run the steps in order
 * (API uses, Cell subclasses, imports last), apply all edits to the original
 * text. Never throws: an internal failure returns the source unchanged with a
 * warning entry.
 */
import { DEFAULT_MINDSPORE_VERSION, loadCatalog, MindsporeVersion } from '../catalog';
import { applyEdits, TextEdit } from '../edits';
import { defaultMappingTable, TargetApi } from '../mapping';
import { parseBudgetMs, ParseTimeout, PythonParser } from '../parse/python';
import { copyTree, SyntaxNode as Node } from '../parse/syntax';
import { Report, ReportEntry } from '../report';
import { originalOffset, validateTree, validationEntries } from '../validate';
import { FileAnalysis } from './analysis';
import { ConversionContext } from './context';
import { EditSet, ProtectedRange } from './editSet';
import { maskNotebookSyntax } from './notebook';
import { LineIndex } from './positions';
import { reparseEdited } from './reparse';
import { convertApiReferences } from './steps/apiReferences';
import { convertCellSubclasses } from './steps/cellSubclasses';
import { applyImportPass } from './steps/importPass';
import { renameNarrowedAttributes } from './steps/narrowedAttributes';

export interface ConvertOptions {
  target?: TargetApi;
  mindsporeVersion?: MindsporeVersion;
  /** Shown as the report's source. */
  fileName?: string;
}

export interface SourceConversion {
  code: string;
  report: Report;
}

/** The conversion steps, in the order they run; each reads the analysis and adds edits and report entries. */
const STEPS: ReadonlyArray<(context: ConversionContext) => void> = [renameNarrowedAttributes, convertApiReferences, convertCellSubclasses, applyImportPass];

/** A conversion with the edits that produced it (for tests that check what was touched). */
export interface DetailedConversion extends SourceConversion {
  edits: TextEdit[];
}

export function convertSource(parser: PythonParser, source: string, options: ConvertOptions = {}): SourceConversion {
  const { code, report } = convertWithEdits(parser, source, options);
  return { code, report };
}

export function convertWithEdits(parser: PythonParser, source: string, options: ConvertOptions = {}): DetailedConversion {
  const name = options.fileName ?? '<source>';
  try {
    return convertOrThrow(parser, source, options, name);
  } catch (error) {
    // The tree walks recurse: code nested thousands of levels deep (far beyond
    // what people write, or CPython accepts for brackets) exhausts the stack.
    if (error instanceof ParseTimeout) {
      return unchanged(source, name, {
        kind: 'warning',
        original: name,
        note: `the source could not be parsed in reasonable time (${error.message}; very long runs of characters Python does not accept make tree-sitter's error recovery slow); it is returned unchanged`
      });
    }
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      return unchanged(source, name, { kind: 'warning', original: name, note: 'the code is nested too deeply to convert (thousands of levels); the source is returned unchanged' });
    }
    const message = error instanceof Error ? error.message : String(error);
    return unchanged(source, name, { kind: 'warning', original: name, note: `internal error (${message}); the source is returned unchanged` });
  }
}

/** The source as it was, with one entry (at line 1) that says why. */
function unchanged(source: string, name: string, entry: Omit<ReportEntry, 'line' | 'column'>): DetailedConversion {
  return { code: source, edits: [], report: { mode: 'ast', source: name, entries: [{ ...entry, line: 1, column: 0 }] } };
}

function convertOrThrow(parser: PythonParser, source: string, options: ConvertOptions, name: string): DetailedConversion {
  const masked = maskNotebookSyntax(source);
  if (masked.foreignCellMagic) {
    const magic = `%%${masked.foreignCellMagic}`;
    return unchanged(source, name, { kind: 'info', original: magic, note: `The ${magic} cell is not Python and is kept as it is.` });
  }
  const tree = parser.parse(masked.masked, undefined, parseBudgetMs(masked.masked));
  try {
    // The steps ask many questions of the tree: they ask them of a copy in JS objects (see parse/syntax.ts).
    const root = copyTree(tree, masked.masked);
    const lines = new LineIndex(masked.masked);
    const unparsable = syntaxErrors(root, lines, masked.masked);
    const entries: ReportEntry[] = unparsable.entries;
    const table = defaultMappingTable();
    const context: ConversionContext = {
      source: masked.masked,
      root,
      analysis: new FileAnalysis(root, known => table.hasName(known)),
      table,
      target: options.target ?? 'classic',
      catalog: loadCatalog(options.mindsporeVersion ?? DEFAULT_MINDSPORE_VERSION),
      edits: new EditSet(masked.masked, unparsable.lines),
      lines,
      entries,
      consumed: new Set(),
      maskedNames: masked.maskedNames
    };
    for (const step of STEPS) {
      step(context);
    }
    const edits = context.edits.all();
    // The converted code is checked against the selected MindSpore version's
    // signatures; warnings are reported at the original line.
    const converted = reparseEdited(parser, tree, lines, edits, applyEdits(masked.masked, edits));
    try {
      const issues = validateTree(converted, { catalog: context.catalog });
      entries.push(...validationEntries(issues, offset => lines.position(originalOffset(edits, offset))));
    } finally {
      converted.delete();
    }
    return { code: applyEdits(source, edits), edits, report: { mode: 'ast', source: name, entries } };
  } finally {
    tree.delete();
  }
}

interface SyntaxErrors {
  entries: ReportEntry[];
  /** The whole lines of each region, which the report says are kept unchanged. */
  lines: ProtectedRange[];
}

/** One warning per unparsable region (the outermost ERROR or MISSING nodes), with its line:col. */
function syntaxErrors(root: Node, lines: LineIndex, source: string): SyntaxErrors {
  const found: SyntaxErrors = { entries: [], lines: [] };
  // Depth first, in source order, without recursion: trees of deeply nested code are deep.
  const stack: Node[] = root.hasError ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.isError || node.isMissing) {
      const text = source.slice(node.startIndex, node.endIndex).split('\n')[0].slice(0, 40);
      const first = node.startPosition.row + 1;
      const last = node.endPosition.row + 1;
      const region = last > first ? `lines ${first}-${last} are` : `line ${first} is`;
      const what = node.isMissing ? `missing '${node.type}'` : 'cannot parse this';
      found.entries.push({ kind: 'warning', ...lines.position(node.startIndex), original: text || node.type, note: `syntax error: ${what}; ${region} kept unchanged.` });
      found.lines.push({ start: lines.lineStart(first), end: last < lines.lineCount ? lines.lineStart(last + 1) : source.length });
    } else if (node.hasError) {
      const children = node.children;
      for (let i = children.length - 1; i >= 0; i -= 1) {
        const child = children[i];
        if (child) {
          stack.push(child);
        }
      }
    }
  }
  return found;
}
