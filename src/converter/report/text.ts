import { Report, ReportEntry, sortedEntries, summarize } from './model';

/** One entry in MindConverter's wording, without the `line L:C: ` prefix. */
export function entryMessage(entry: ReportEntry): string {
  const tail = entry.note ? ` ${entry.note}` : '';
  switch (entry.kind) {
    case 'insert':
      return `[Insert] '${entry.converted ?? entry.original}' is inserted to the converted file.`;
    case 'convert':
      return `[Convert] '${entry.original}' is converted to '${entry.converted}'.${tail}`;
    case 'unconvert': {
      const maybe = entry.suggestion ? ` Maybe could convert to ${entry.suggestion}.` : '';
      return `[UnConvert] '${entry.original}' didn't convert.${maybe}${tail}`;
    }
    case 'warning':
      return `[Warning] '${entry.original}': ${entry.note ?? ''}`.trimEnd();
    case 'info':
      return `[INFO] ${entry.note ?? entry.original}`;
  }
}

/**
 * MindConverter's report text: `[Start Convert]`, the `[Insert]` lines, every
 * positioned entry as `line L:C: ...` ordered by line then column (identical
 * consecutive lines collapse, as in the original), `[Convert Over]`. Graph mode
 * appends `Converted Rate: NN.NN%.`.
 */
export function renderText(report: Report): string {
  const lines = ['[Start Convert]'];
  for (const entry of sortedEntries(report.entries)) {
    const message = entryMessage(entry);
    const cell = entry.cell === undefined ? '' : `cell ${entry.cell + 1} `;
    const line = entry.line === undefined ? message : `${cell}line ${entry.line}:${entry.column ?? 0}: ${message}`;
    if (lines[lines.length - 1] !== line) {
      lines.push(line);
    }
  }
  lines.push('[Convert Over]');
  if (report.mode === 'graph') {
    lines.push(`Converted Rate: ${(summarize(report).rate * 100).toFixed(2)}%.`);
  }
  return lines.join('\n') + '\n';
}
