/** Settings, the converter engine, the report panel and the show-report command. */
import { ILabShell, JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application';
import { Clipboard, ICommandPalette, Notification } from '@jupyterlab/apputils';
import { INotebookTracker } from '@jupyterlab/notebook';
import { ISettingRegistry } from '@jupyterlab/settingregistry';
import { cellIndexById, moveCursor } from '../actions/notebookCells';
import { browserParserAssets } from '../assets';
import { CommandIds, GOTO_ENTRY_EVENT, GotoEntryDetail, SETTINGS_PLUGIN_ID } from '../commandIds';
import { ConversionEngine } from '../engine';
import { reportIcon } from '../icon';
import { ReportPanelModel, ShownReport } from '../panel/model';
import { ReportPanelView } from '../panel/view';
import { readSettings } from '../settings';
import { IMindConverter } from '../tokens';
import { reportOfActiveCell } from './reportOfCell';

export const corePlugin: JupyterFrontEndPlugin<IMindConverter> = {
  id: SETTINGS_PLUGIN_ID,
  description: 'MindConverter: settings, converter engine and report panel.',
  autoStart: true,
  requires: [ISettingRegistry, INotebookTracker, ILabShell],
  optional: [ICommandPalette],
  provides: IMindConverter,
  activate: async (
    app: JupyterFrontEnd,
    registry: ISettingRegistry,
    tracker: INotebookTracker,
    shell: ILabShell,
    palette: ICommandPalette | null
  ): Promise<IMindConverter> => {
    const setting = await registry.load(SETTINGS_PLUGIN_ID);
    const model = new ReportPanelModel();
    const view = new ReportPanelView(model, text => Clipboard.copyToSystem(text));
    view.title.icon = reportIcon;
    view.copied.connect(() => Notification.info('Report copied in MindConverter format.', { autoClose: 3000 }));
    view.entryActivated.connect((_, { shown, entry }) => {
      const panel = tracker.find(widget => widget.context.path === shown.notebookPath);
      const index = panel ? cellIndexById(panel.content, shown.report.positionsCell) : -1;
      if (!panel || index < 0 || !moveCursor(panel, index, entry.line ?? 1, entry.column ?? 0)) {
        Notification.warning('The cell this entry points to is no longer open.', { autoClose: 5000 });
        return;
      }
      shell.activateById(panel.id);
    });
    shell.add(view, 'right', { rank: 900 });
    // Entries clicked in an inline report: the position is in the named cell, or in the report's own cell.
    document.addEventListener(GOTO_ENTRY_EVENT, event => {
      const target = event.target as HTMLElement;
      const { line, column, positionsCell } = (event as CustomEvent<GotoEntryDetail>).detail;
      const panel = tracker.find(widget => widget.node.contains(target));
      if (!panel) {
        return;
      }
      const named = cellIndexById(panel.content, positionsCell);
      const index = named >= 0 ? named : panel.content.widgets.findIndex(cell => cell.node.contains(target));
      moveCursor(panel, index, line, column);
    });

    const service: IMindConverter = {
      settings: readSettings(setting.composite as Record<string, unknown>),
      engine: new ConversionEngine(browserParserAssets),
      showReport(shown: ShownReport, reveal = false) {
        model.show(shown);
        if (reveal || service.settings.openPanel) {
          shell.activateById(view.id);
        }
      }
    };
    setting.changed.connect(() => {
      (service as { settings: IMindConverter['settings'] }).settings = readSettings(setting.composite as Record<string, unknown>);
    });

    app.commands.addCommand(CommandIds.showReport, {
      label: 'Show MindConverter Report',
      caption: 'Show the report of the selected converted cell (or of the last conversion) in the side panel',
      execute: () => {
        const panel = tracker.currentWidget;
        const report = panel ? reportOfActiveCell(panel.content) : undefined;
        if (report && panel) {
          model.show({ report, notebookPath: panel.context.path });
        }
        shell.activateById(view.id);
      }
    });
    palette?.addItem({ command: CommandIds.showReport, category: 'MindConverter' });
    return service;
  }
};
