/** Convert the whole notebook into `<name>_mindspore.ipynb` beside it (a free name: nothing is overwritten). */
import { Notification } from '@jupyterlab/apputils';
import type * as nbformat from '@jupyterlab/nbformat';
import { NotebookPanel } from '@jupyterlab/notebook';
import { Contents } from '@jupyterlab/services';
import { convertedNotebookPath, freePaths } from '../files';
import { convertNotebookContent } from '../notebookConversion';
import { IMindConverter } from '../tokens';
import { pathExists } from './serverFiles';

export async function convertWholeNotebook(
  mc: IMindConverter,
  panel: NotebookPanel,
  contents: Contents.IManager,
  open: (path: string) => Promise<unknown>
): Promise<void> {
  const original = panel.context.model.toJSON() as nbformat.INotebookContent;
  const [target] = await freePaths([convertedNotebookPath(panel.context.path)], path => pathExists(contents, path));
  const result = await convertNotebookContent(original, panel.context.path, mc.settings, (source, cellNumber) =>
    mc.engine.convertCode(source, mc.settings, `cell ${cellNumber}`)
  );
  await contents.save(target, { type: 'notebook', format: 'json', content: result.content });
  Notification.success(
    `Wrote ${target}: ${result.convertedCells} code cells converted, ${result.unconverted} calls not converted.`,
    { autoClose: 6000 }
  );
  await open(target);
}
