/** %mindconverter / %%mindconverter: the shim's requests arrive on every notebook kernel's frontend comm target. */
import { JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application';
import { INotebookTracker, NotebookPanel } from '@jupyterlab/notebook';
import { Kernel } from '@jupyterlab/services';
import { MagicDispatcher } from '../actions/magics';
import { answerFrontendRequests } from '../kernel/connector';
import { IMindConverter } from '../tokens';

export const magicsPlugin: JupyterFrontEndPlugin<void> = {
  id: 'jupyterlab-mindconverter:magics',
  description: 'Run %mindconverter and %%mindconverter from the kernel through the same code paths as the commands.',
  autoStart: true,
  requires: [IMindConverter, INotebookTracker],
  activate: (app: JupyterFrontEnd, mc: IMindConverter, tracker: INotebookTracker) => {
    const dispatcher = new MagicDispatcher(mc, app.serviceManager.contents);
    const version = (require('../../../package.json') as { version: string }).version;
    const watch = (panel: NotebookPanel) => {
      const attach = (kernel: Kernel.IKernelConnection | null | undefined) => {
        if (kernel) {
          answerFrontendRequests(kernel, request => dispatcher.handle(panel, request), version);
        }
      };
      attach(panel.sessionContext.session?.kernel);
      panel.sessionContext.kernelChanged.connect((_, change) => attach(change.newValue));
    };
    tracker.forEach(watch);
    tracker.widgetAdded.connect((_, panel) => watch(panel));
  }
};
