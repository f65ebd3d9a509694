/**
 * Converting notebook cells together. A notebook's cells share one namespace:
 * `import torch.nn as nn` in the first cell decides what `nn.Conv2d` means in
 * the fifth. So the Python cells are joined into one source with a marker
 * comment before each, converted once (convertSource masks IPython lines such
 * as `%matplotlib inline` itself), and split back at the markers. Cells whose
 * cell magic is not Python (`%%bash`) are left out and kept as they are.
 */
import { maskNotebookSyntax } from '../ast';
import { Report, ReportEntry } from '../report';

/** What converting one Python source yields (AST mode's `convertSource`). */
export interface SourceConversionLike {
  code: string;
  report: Report;
}

export type ConvertSource = (source: string) => SourceConversionLike;

export interface CellConversion {
  /** The converted cell source (unchanged when the cell is not Python). */
  code: string;
  /** The cell's report entries, lines counted within the cell. */
  entries: ReportEntry[];
}

const MARKER = '# mindconverter:cell ';

interface JoinedCells {
  source: string;
  /** For each Python cell: its index and the 1-based line of its first line in `source`. */
  parts: Array<{ index: number; firstLine: number }>;
}

function joinCells(cells: readonly string[]): JoinedCells {
  const chunks: string[] = [];
  const parts: JoinedCells['parts'] = [];
  let line = 1;
  cells.forEach((cell, index) => {
    if (maskNotebookSyntax(cell).foreignCellMagic) {
      return;
    }
    chunks.push(`${MARKER}${index}`, cell);
    parts.push({ index, firstLine: line + 1 });
    line += 1 + cell.split('\n').length;
  });
  return { source: chunks.join('\n'), parts };
}

/** The converted joined code split back into cells, or undefined if the markers did not survive. */
function splitCells(code: string, indexes: readonly number[]): Map<number, string> | undefined {
  const result = new Map<number, string>();
  const preamble: string[] = [];
  let current: number | undefined;
  let buffer: string[] = [];
  for (const line of code.split('\n')) {
    if (line.startsWith(MARKER)) {
      if (current !== undefined) {
        result.set(current, buffer.join('\n'));
      }
      current = Number(line.slice(MARKER.length));
      buffer = [];
    } else if (current === undefined) {
      preamble.push(line);
    } else {
      buffer.push(line);
    }
  }
  if (current !== undefined) {
    result.set(current, buffer.join('\n'));
  }
  if (result.size !== indexes.length || indexes.some(index => !result.has(index))) {
    return undefined;
  }
  // Lines the converter put before the first marker (added imports) open the first cell.
  if (preamble.some(line => line.trim() !== '')) {
    result.set(indexes[0], [...preamble, result.get(indexes[0])!].join('\n'));
  }
  return result;
}

/** The part (cell) an entry of the joined source belongs to, with its line made relative to the cell. */
function placeEntry(entry: ReportEntry, parts: JoinedCells['parts']): { index: number; entry: ReportEntry } {
  if (entry.line === undefined) {
    return { index: parts[0].index, entry };
  }
  let owner = parts[0];
  for (const part of parts) {
    if (part.firstLine <= entry.line) {
      owner = part;
    }
  }
  return { index: owner.index, entry: { ...entry, line: Math.max(1, entry.line - owner.firstLine + 1) } };
}

/**
 * Converts notebook code cells in one namespace. Entries without a position
 * (imports added) go to the first Python cell. Should the markers not survive
 * the conversion, each cell is converted on its own instead.
 */
export function convertCells(cells: readonly string[], convert: ConvertSource): CellConversion[] {
  const result: CellConversion[] = cells.map(code => {
    const magic = maskNotebookSyntax(code).foreignCellMagic;
    const note = `The %%${magic} cell is not Python and is kept as it is.`;
    return { code, entries: magic ? [{ kind: 'info', line: 1, column: 0, original: `%%${magic}`, note }] : [] };
  });
  const joined = joinCells(cells);
  if (joined.parts.length === 0) {
    return result;
  }
  const converted = convert(joined.source);
  const indexes = joined.parts.map(part => part.index);
  const split = splitCells(converted.code, indexes);
  if (!split) {
    for (const index of indexes) {
      const alone = convert(cells[index]);
      result[index] = { code: alone.code, entries: alone.report.entries };
    }
    return result;
  }
  for (const [index, code] of split) {
    result[index].code = code;
  }
  for (const entry of converted.report.entries) {
    const placed = placeEntry(entry, joined.parts);
    result[placed.index].entries.push(placed.entry);
  }
  return result;
}
