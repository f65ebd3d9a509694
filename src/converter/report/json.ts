import { Report, ReportEntry, ReportSummary, sortedEntries, summarize } from './model';

export interface ReportJson {
  mode: Report['mode'];
  source: string;
  summary: ReportSummary;
  entries: ReportEntry[];
}

/** The JSON rendering: the same entries as the text, in the same order, plus a summary. */
export function toReportJson(report: Report): ReportJson {
  return {
    mode: report.mode,
    source: report.source,
    summary: summarize(report),
    entries: sortedEntries(report.entries)
  };
}
