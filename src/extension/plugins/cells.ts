/** convert-cell and convert-notebook commands. */
import { JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application';
import { ICommandPalette, Notification } from '@jupyterlab/apputils';
import { INotebookTracker } from '@jupyterlab/notebook';
import { convertActiveCell } from '../actions/convertCell';
import { convertWholeNotebook } from '../actions/convertNotebook';
import { errorMessage } from '../actions/messages';
import { CommandIds } from '../commandIds';
import { IMindConverter } from '../tokens';

export const cellsPlugin: JupyterFrontEndPlugin<void> = {
  id: 'jupyterlab-mindconverter:cells',
  description: 'Convert a notebook cell, or a whole notebook, to MindSpore.',
  autoStart: true,
  requires: [IMindConverter, INotebookTracker],
  optional: [ICommandPalette],
  activate: (app: JupyterFrontEnd, mc: IMindConverter, tracker: INotebookTracker, palette: ICommandPalette | null) => {
    const hasNotebook = () => tracker.currentWidget !== null;
    const failed = (what: string) => (error: unknown) =>
      void Notification.error(`${what} failed: ${errorMessage(error)}`, { autoClose: 10000 });

    app.commands.addCommand(CommandIds.convertCell, {
      label: args => (args.toolbar ? 'To MindSpore' : 'Convert Cell to MindSpore'),
      caption: 'Convert the selected PyTorch cell to MindSpore and insert the result below (Alt+M)',
      isEnabled: hasNotebook,
      execute: () => {
        const panel = tracker.currentWidget;
        return panel ? convertActiveCell(mc, panel).catch(failed('Converting the cell')) : undefined;
      }
    });
    app.commands.addCommand(CommandIds.convertNotebook, {
      label: 'Convert Notebook to MindSpore',
      caption: 'Write <name>_mindspore.ipynb beside this notebook, every code cell converted',
      isEnabled: hasNotebook,
      execute: () => {
        const panel = tracker.currentWidget;
        if (!panel) {
          return;
        }
        const open = (path: string) => app.commands.execute('docmanager:open', { path });
        return convertWholeNotebook(mc, panel, app.serviceManager.contents, open).catch(failed('Converting the notebook'));
      }
    });
    for (const command of [CommandIds.convertCell, CommandIds.convertNotebook]) {
      palette?.addItem({ command, category: 'MindConverter' });
    }
  }
};
