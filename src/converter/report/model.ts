/**
 * The in-memory conversion report shared by AST mode and graph mode. The text
 * rendering follows MindConverter's report format; the JSON rendering carries
 * the same entries plus a summary.
 */

/** `insert` entries have no position; every other kind points into a source. */
export type EntryKind = 'insert' | 'convert' | 'unconvert' | 'warning' | 'info';

export interface ReportEntry {
  kind: EntryKind;
  /** 1-based line (as in MindConverter and Python's ast). Absent for `insert`. */
  line?: number;
  /** 0-based column (as in MindConverter and Python's ast). Absent for `insert`. */
  column?: number;
  /** The original text (an API spelling, an import statement, an ONNX op). */
  original: string;
  /** What it became (`convert`, `insert`). */
  converted?: string;
  /** For `unconvert`: the API it could become, rendered "Maybe could convert to X." */
  suggestion?: string;
  /** Free text that follows the message: caveats, dropped arguments, reasons. */
  note?: string;
  /** Canonical torch API name (or ONNX op type) the entry is about. */
  api?: string;
  /** How the API was recognised: by its resolved qualified name, or only by a method name. */
  matchedBy?: 'qualified-name' | 'method-name';
  /** In a notebook's report: the 0-based index of the cell; `line` then counts within that cell. */
  cell?: number;
}

export type ReportMode = 'ast' | 'graph';

export interface Report {
  mode: ReportMode;
  /** The converted file or cell, for the reader. */
  source: string;
  entries: ReportEntry[];
}

export interface ReportSummary {
  converted: number;
  unconverted: number;
  warnings: number;
  inserted: number;
  /** converted / (converted + unconverted), 1 when there was nothing to convert. */
  rate: number;
}

export function summarize(report: Report): ReportSummary {
  const count = (kind: EntryKind) => report.entries.filter(e => e.kind === kind).length;
  const converted = count('convert');
  const unconverted = count('unconvert');
  const total = converted + unconverted;
  return {
    converted,
    unconverted,
    warnings: count('warning'),
    inserted: count('insert'),
    rate: total === 0 ? 1 : converted / total
  };
}

/** Entries in reading order: insert entries first, then by cell, line, column. */
export function sortedEntries(entries: readonly ReportEntry[]): ReportEntry[] {
  return entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => {
      const ah = a.entry.line === undefined ? 0 : 1;
      const bh = b.entry.line === undefined ? 0 : 1;
      return (
        ah - bh ||
        (a.entry.cell ?? -1) - (b.entry.cell ?? -1) ||
        (a.entry.line ?? 0) - (b.entry.line ?? 0) ||
        (a.entry.column ?? 0) - (b.entry.column ?? 0) ||
        a.order - b.order
      );
    })
    .map(item => item.entry);
}
