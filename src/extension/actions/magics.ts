/** Routes the kernel's magic requests to the command code paths, below the cell that ran the magic. */
import { NotebookPanel } from '@jupyterlab/notebook';
import { Contents } from '@jupyterlab/services';
import { DType, FrontendRequest } from '../kernel/protocol';
import { IMindConverter } from '../tokens';
import { convertSourceBelow } from './convertCell';
import { convertModel } from './convertModel';
import { cellIndexById } from './notebookCells';

export class MagicDispatcher {
  constructor(
    private readonly mc: IMindConverter,
    private readonly contents: Contents.IManager
  ) {}

  async handle(panel: NotebookPanel, request: FrontendRequest): Promise<void> {
    if (request.action === 'hello') {
      return;
    }
    const index = cellIndexById(panel.content, request.cell_id);
    if (index < 0) {
      throw new Error('the cell that ran the magic is not in this notebook');
    }
    if (request.action === 'convert_source') {
      const cellSource = panel.content.widgets[index].model.sharedModel.getSource();
      // %%mindconverter's body starts on the cell's second line.
      const lineOffset = /^\s*%%/.test(cellSource) ? 1 : 0;
      await convertSourceBelow(this.mc, panel, index, request.source, lineOffset);
      return;
    }
    await convertModel(this.mc, panel, this.contents, {
      name: request.name,
      shapes: request.shapes,
      dtypes: request.dtypes && request.dtypes.length > 0 ? request.dtypes : request.shapes.map((): DType => 'float32'),
      belowCell: request.cell_id,
      fromMagic: true
    });
  }
}
