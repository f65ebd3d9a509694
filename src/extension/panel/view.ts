/**
 * The report side panel (right sidebar): summary, notes, every entry. Clicking
 * a positioned entry asks the owner to move the cursor there (entryActivated);
 * the copy button copies the MindConverter-format text.
 */
import { ReportEntry } from '../../converter';
import { ISignal, Signal } from '@lumino/signaling';
import { Widget } from '@lumino/widgets';
import { element, renderEntry, renderSummary } from '../report/dom';
import { ReportPanelModel, ShownReport } from './model';

export interface EntryActivation {
  shown: ShownReport;
  entry: ReportEntry;
}

export class ReportPanelView extends Widget {
  private readonly entryActivatedSignal = new Signal<this, EntryActivation>(this);
  private readonly copiedSignal = new Signal<this, string>(this);

  constructor(
    private readonly model: ReportPanelModel,
    private readonly copyText: (text: string) => Promise<void> | void
  ) {
    super();
    this.id = 'jp-mindconverter-report';
    this.addClass('jp-MindConverter-panel');
    this.title.caption = 'MindConverter report';
    this.node.setAttribute('role', 'region');
    this.node.setAttribute('aria-label', 'MindConverter report');
    this.node.tabIndex = -1;
    model.changed.connect(this.render, this);
    this.render();
  }

  /** A positioned entry was clicked. */
  get entryActivated(): ISignal<this, EntryActivation> {
    return this.entryActivatedSignal;
  }

  /** The report text was copied. */
  get copied(): ISignal<this, string> {
    return this.copiedSignal;
  }

  dispose(): void {
    this.model.changed.disconnect(this.render, this);
    super.dispose();
  }

  private render(): void {
    const shown = this.model.shown;
    this.node.textContent = '';
    const header = element('div', 'jp-MindConverter-panel-header');
    header.append(element('h2', 'jp-MindConverter-panel-title', 'MindConverter report'));
    this.node.append(header);
    if (!shown) {
      this.node.append(
        element('p', 'jp-MindConverter-panel-empty', 'No conversion yet. Convert a cell or a model to see its report here.')
      );
      return;
    }
    const { report } = shown;
    const copy = element('button', 'jp-Button jp-mod-styled jp-mod-reject jp-MindConverter-copy', 'Copy report');
    copy.type = 'button';
    copy.title = 'Copy the report in MindConverter format';
    copy.addEventListener('click', () => {
      void Promise.resolve(this.copyText(report.text)).then(() => this.copiedSignal.emit(report.text));
    });
    header.append(copy);

    this.node.append(element('div', 'jp-MindConverter-panel-subject', report.title), renderSummary(report));
    for (const note of report.notes) {
      this.node.append(element('div', 'jp-MindConverter-note', note));
    }
    const list = element('ul', 'jp-MindConverter-entries');
    list.setAttribute('aria-label', 'Report entries');
    for (const entry of report.entries) {
      const item = element('li', '');
      const row = renderEntry(entry);
      if (entry.line !== undefined) {
        row.addEventListener('click', () => this.entryActivatedSignal.emit({ shown, entry }));
      }
      item.append(row);
      list.append(item);
    }
    this.node.append(list);
  }
}
