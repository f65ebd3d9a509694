/** convert-model command. */
import { JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application';
import { ICommandPalette } from '@jupyterlab/apputils';
import { INotebookTracker } from '@jupyterlab/notebook';
import { convertModelInteractively } from '../actions/convertModel';
import { CommandIds } from '../commandIds';
import { IMindConverter } from '../tokens';

export const modelPlugin: JupyterFrontEndPlugin<void> = {
  id: 'jupyterlab-mindconverter:model',
  description: 'Convert a live PyTorch model from the kernel to MindSpore.',
  autoStart: true,
  requires: [IMindConverter, INotebookTracker],
  optional: [ICommandPalette],
  activate: (app: JupyterFrontEnd, mc: IMindConverter, tracker: INotebookTracker, palette: ICommandPalette | null) => {
    app.commands.addCommand(CommandIds.convertModel, {
      label: args => (args.toolbar ? 'Model to MindSpore' : 'Convert Live Model to MindSpore…'),
      caption: 'Export a torch.nn.Module from the kernel with a given input shape and convert it (Alt+Shift+M)',
      isEnabled: () => tracker.currentWidget !== null,
      execute: () => {
        const panel = tracker.currentWidget;
        return panel ? convertModelInteractively(mc, panel, app.serviceManager.contents) : undefined;
      }
    });
    palette?.addItem({ command: CommandIds.convertModel, category: 'MindConverter' });
  }
};
