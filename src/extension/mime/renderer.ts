/**
 * The inline report under a converted cell: a one-line summary, the entries
 * that did not convert (with line:col and the hint), and every entry behind a
 * disclosure. Saved with the notebook as the cell's output, so it survives a reload.
 */
import { IRenderMime } from '@jupyterlab/rendermime-interfaces';
import { Widget } from '@lumino/widgets';
import { GOTO_ENTRY_EVENT, GotoEntryDetail, REPORT_MIME_TYPE } from '../commandIds';
import { asInlineReport } from '../inlineReport';
import { element, renderEntryList, renderSummary } from '../report/dom';

export class InlineReportRenderer extends Widget implements IRenderMime.IRenderer {
  private positionsCell: string | null = null;

  constructor() {
    super();
    this.addClass('jp-MindConverter-inline');
    this.node.addEventListener('click', event => {
      const entry = (event.target as HTMLElement).closest<HTMLElement>('button.jp-MindConverter-entry');
      if (!entry) {
        return;
      }
      const detail: GotoEntryDetail = {
        line: Number(entry.dataset.line),
        column: Number(entry.dataset.column),
        positionsCell: this.positionsCell
      };
      entry.dispatchEvent(new CustomEvent(GOTO_ENTRY_EVENT, { bubbles: true, detail }));
    });
  }

  renderModel(model: IRenderMime.IMimeModel): Promise<void> {
    this.node.textContent = '';
    const report = asInlineReport(model.data[REPORT_MIME_TYPE]);
    if (!report) {
      this.node.append(element('div', 'jp-MindConverter-invalid', 'This MindConverter report cannot be read.'));
      return Promise.resolve();
    }
    this.positionsCell = report.positionsCell;
    const heading = element('div', 'jp-MindConverter-inline-heading');
    heading.append(element('span', 'jp-MindConverter-inline-title', `MindConverter report: ${report.title}`), renderSummary(report));
    this.node.append(heading);

    const unconverted = report.entries.filter(entry => entry.kind === 'unconvert');
    if (unconverted.length > 0) {
      this.node.append(renderEntryList(unconverted, 'Unconverted'));
    }
    for (const note of report.notes) {
      this.node.append(element('div', 'jp-MindConverter-note', note));
    }
    const details = element('details', 'jp-MindConverter-details');
    details.append(element('summary', '', `All ${report.entries.length} entries`), renderEntryList(report.entries, 'All entries'));
    this.node.append(details);
    return Promise.resolve();
  }
}

export const rendererFactory: IRenderMime.IRendererFactory = {
  safe: true,
  mimeTypes: [REPORT_MIME_TYPE],
  defaultRank: 50,
  createRenderer: () => new InlineReportRenderer()
};
