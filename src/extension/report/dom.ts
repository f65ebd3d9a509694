/** DOM pieces shared by the inline report renderer and the side panel (plain DOM, themed by style/). */
import { entryMessage, ReportEntry } from '../../converter';
import { entryPosition, formatRate, InlineReport } from '../inlineReport';

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

/** "Converted 12 · Unconverted 2 · Rate 85.71% · Warnings 1" as labelled figures. */
export function renderSummary(report: InlineReport): HTMLElement {
  const summary = element('dl', 'jp-MindConverter-summary');
  summary.setAttribute('aria-label', 'Conversion summary');
  const figures: Array<[string, string, string]> = [
    ['converted', 'Converted', String(report.summary.converted)],
    ['unconverted', 'Unconverted', String(report.summary.unconverted)],
    ['rate', 'Rate', formatRate(report.summary.rate)],
    ['warnings', 'Warnings', String(report.summary.warnings)]
  ];
  for (const [key, label, value] of figures) {
    const item = element('div', `jp-MindConverter-figure jp-MindConverter-figure-${key}`);
    item.dataset.figure = key;
    item.append(element('dt', '', label), element('dd', '', value));
    summary.append(item);
  }
  return summary;
}

/**
 * One entry as a row: position, kind and MindConverter's message. Positioned
 * entries are buttons (they move the cursor); unconverted ones stand out.
 */
export function renderEntry(entry: ReportEntry): HTMLElement {
  const positioned = entry.line !== undefined;
  const row = element(positioned ? 'button' : 'div', `jp-MindConverter-entry jp-MindConverter-entry-${entry.kind}`);
  row.dataset.kind = entry.kind;
  if (positioned) {
    row.dataset.line = String(entry.line);
    row.dataset.column = String(entry.column ?? 0);
    (row as HTMLButtonElement).type = 'button';
    row.title = `Go to ${entryPosition(entry)}`;
  }
  row.append(
    element('span', 'jp-MindConverter-entry-position', entryPosition(entry)),
    element('span', 'jp-MindConverter-entry-message', entryMessage(entry))
  );
  return row;
}

export function renderEntryList(entries: readonly ReportEntry[], label: string): HTMLElement {
  const list = element('ul', 'jp-MindConverter-entries');
  list.setAttribute('aria-label', label);
  for (const entry of entries) {
    const item = element('li', '');
    item.append(renderEntry(entry));
    list.append(item);
  }
  return list;
}
