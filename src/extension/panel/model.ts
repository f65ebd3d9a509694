/** State of the report side panel: the last conversion's report and where it lives. */
import { ISignal, Signal } from '@lumino/signaling';
import { InlineReport } from '../inlineReport';

export interface ShownReport {
  report: InlineReport;
  /** The notebook the conversion happened in (server path). */
  notebookPath: string;
}

export class ReportPanelModel {
  private current: ShownReport | null = null;
  private readonly changedSignal = new Signal<this, ShownReport | null>(this);

  get shown(): ShownReport | null {
    return this.current;
  }

  /** Emits whenever the shown report changes. */
  get changed(): ISignal<this, ShownReport | null> {
    return this.changedSignal;
  }

  show(report: ShownReport): void {
    this.current = report;
    this.changedSignal.emit(report);
  }

  clear(): void {
    this.current = null;
    this.changedSignal.emit(null);
  }
}
