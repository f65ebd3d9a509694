/** Edits of an open notebook: insert below (one undo step), find and focus cells. */
import { Notebook, NotebookPanel } from '@jupyterlab/notebook';
import { ConvertedCellJson } from '../convertedCell';

/** Inserts `cell` below index `index` as one undoable step and selects it; returns the new cell's id. */
export function insertBelow(notebook: Notebook, index: number, cell: ConvertedCellJson): string {
  const shared = notebook.model!.sharedModel;
  // The notebook's Y.UndoManager (a YNotebook's; not in the ISharedNotebook type).
  const undo = (shared as unknown as { undoManager?: { stopCapturing(): void } }).undoManager;
  // Start a fresh undo step, so that one undo removes exactly this cell.
  undo?.stopCapturing();
  const inserted = shared.insertCell(index + 1, cell as any);
  undo?.stopCapturing();
  notebook.activeCellIndex = index + 1;
  notebook.deselectAll();
  const widget = notebook.widgets[index + 1];
  if (widget) {
    void notebook.scrollToCell(widget, 'start');
  }
  return inserted.getId();
}

export function cellIndexById(notebook: Notebook, cellId: string | null | undefined): number {
  if (!cellId) {
    return -1;
  }
  return notebook.widgets.findIndex(cell => cell.model.id === cellId);
}

/** Selects the cell and puts the cursor at 1-based `line`, 0-based `column`. */
export function moveCursor(panel: NotebookPanel, cellIndex: number, line: number, column: number): boolean {
  const notebook = panel.content;
  const cell = notebook.widgets[cellIndex];
  if (!cell) {
    return false;
  }
  notebook.activeCellIndex = cellIndex;
  notebook.deselectAll();
  notebook.mode = 'edit';
  const editor = cell.editor;
  if (!editor) {
    return false;
  }
  const lastLine = Math.max(0, editor.lineCount - 1);
  const target = Math.min(Math.max(0, line - 1), lastLine);
  editor.setCursorPosition({ line: target, column: Math.max(0, column) });
  editor.focus();
  void notebook.scrollToCell(cell);
  return true;
}
