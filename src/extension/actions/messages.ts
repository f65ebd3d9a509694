/** Wording shared by the notifications. */
import { ReportSummary } from '../../converter';
import { formatRate } from '../inlineReport';

export function summaryMessage(summary: ReportSummary): string {
  const unconverted = summary.unconverted === 1 ? '1 call not converted' : `${summary.unconverted} calls not converted`;
  return `${summary.converted} converted, ${unconverted} (rate ${formatRate(summary.rate)}).`;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
