/** The inline report a converted cell carries, if the active cell is one. */
import { ICodeCellModel } from '@jupyterlab/cells';
import { Notebook } from '@jupyterlab/notebook';
import { REPORT_MIME_TYPE } from '../commandIds';
import { asInlineReport, InlineReport } from '../inlineReport';

export function reportOfActiveCell(notebook: Notebook): InlineReport | undefined {
  const cell = notebook.activeCell;
  if (!cell || cell.model.type !== 'code') {
    return undefined;
  }
  const outputs = (cell.model as ICodeCellModel).outputs;
  for (let i = 0; i < outputs.length; i++) {
    const report = asInlineReport(outputs.get(i).data[REPORT_MIME_TYPE]);
    if (report) {
      return report.mode === 'graph' ? { ...report, positionsCell: cell.model.id } : report;
    }
  }
  return undefined;
}
