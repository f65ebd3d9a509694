/**
 * The report a converted cell carries as an output (MIME type REPORT_MIME_TYPE):
 * the core's report JSON plus where it came from. It is what the inline
 * renderer draws, what the side panel shows, and it is saved with the notebook.
 */
import { renderText, Report, ReportEntry, ReportSummary, toReportJson } from '../converter';

export const INLINE_REPORT_FORMAT = 'mindconverter-report/1';

export interface InlineReport {
  format: typeof INLINE_REPORT_FORMAT;
  /** What was converted: "cell 3", "model net (1x3x224x224)". */
  title: string;
  mode: Report['mode'];
  summary: ReportSummary;
  entries: ReportEntry[];
  /** The report in MindConverter's text format (what the copy button copies). */
  text: string;
  /** The cell whose source the entries' line:col refer to (the original cell, or the inserted one). */
  positionsCell: string | null;
  /** Validator warnings and notes that are not tied to a position. */
  notes: string[];
}

export function inlineReport(report: Report, title: string, positionsCell: string | null, notes: string[] = []): InlineReport {
  const json = toReportJson(report);
  return {
    format: INLINE_REPORT_FORMAT,
    title,
    mode: json.mode,
    summary: json.summary,
    entries: json.entries,
    text: renderText(report),
    positionsCell,
    notes
  };
}

/** Reads an output's data back; undefined when it is not a report of ours. */
export function asInlineReport(data: unknown): InlineReport | undefined {
  if (typeof data !== 'object' || data === null) {
    return undefined;
  }
  const report = data as Partial<InlineReport>;
  if (report.format !== INLINE_REPORT_FORMAT || !Array.isArray(report.entries) || typeof report.summary !== 'object') {
    return undefined;
  }
  return { notes: [], positionsCell: null, text: '', title: '', ...report } as InlineReport;
}

export function formatRate(rate: number): string {
  return `${(rate * 100).toFixed(2)}%`;
}

/** `line 3:4` for positioned entries; '' for insert entries. */
export function entryPosition(entry: ReportEntry): string {
  return entry.line === undefined ? '' : `line ${entry.line}:${entry.column ?? 0}`;
}
