/** Convert a code cell (or a magic's source) with AST mode and insert the MindSpore cell below it. */
import { Notification } from '@jupyterlab/apputils';
import { NotebookPanel } from '@jupyterlab/notebook';
import { convertedCell } from '../convertedCell';
import { inlineReport } from '../inlineReport';
import { IMindConverter } from '../tokens';
import { summaryMessage } from './messages';
import { cellIndexById, insertBelow } from './notebookCells';

/** Converts the active cell; markdown and raw cells are refused with a notification. */
export async function convertActiveCell(mc: IMindConverter, panel: NotebookPanel): Promise<void> {
  const notebook = panel.content;
  const cell = notebook.activeCell;
  if (!cell) {
    Notification.warning('Select a code cell to convert.', { autoClose: 6000 });
    return;
  }
  if (cell.model.type !== 'code') {
    Notification.warning(`Only code cells can be converted: the selected cell is a ${cell.model.type} cell.`, {
      autoClose: 6000
    });
    return;
  }
  const source = cell.model.sharedModel.getSource();
  await convertSourceBelow(mc, panel, notebook.activeCellIndex, source, 0);
}

/**
 * Converts `source` and inserts the result below cell `index`. `lineOffset` is
 * how many lines of that cell precede `source` (1 for a `%%mindconverter` body),
 * so that the report's positions point into the cell.
 */
export async function convertSourceBelow(
  mc: IMindConverter,
  panel: NotebookPanel,
  index: number,
  source: string,
  lineOffset: number
): Promise<void> {
  if (source.trim() === '') {
    Notification.warning('The cell is empty: there is nothing to convert.', { autoClose: 6000 });
    return;
  }
  const notebook = panel.content;
  const sourceCellId = notebook.widgets[index].model.id;
  const { code, report } = await mc.engine.convertCode(source, mc.settings, `cell ${index + 1}`);
  if (lineOffset) {
    report.entries = report.entries.map(entry => (entry.line === undefined ? entry : { ...entry, line: entry.line + lineOffset }));
  }
  // The notebook may have changed while the parser loaded: find the cell again.
  const at = cellIndexById(notebook, sourceCellId);
  if (at < 0) {
    Notification.warning('The cell was deleted before its conversion finished; nothing was inserted.', { autoClose: 6000 });
    return;
  }
  const shown = inlineReport(report, `cell ${at + 1} of ${panel.context.localPath}`, sourceCellId);
  insertBelow(
    notebook,
    at,
    convertedCell(code, shown, {
      converted: true,
      mode: 'ast',
      fromCell: sourceCellId,
      target: mc.settings.target,
      mindsporeVersion: mc.settings.mindsporeVersion
    })
  );
  mc.showReport({ report: shown, notebookPath: panel.context.path });
  Notification.success(`Cell ${at + 1} converted: ${summaryMessage(shown.summary)}`, { autoClose: 4000 });
}
