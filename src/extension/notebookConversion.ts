/**
 * Whole-notebook conversion as data: every code cell is converted (with its
 * report as an output), markdown and raw cells are kept, outputs of the
 * original are dropped (they came from PyTorch). AST mode keeps magics and
 * shell lines as they are.
 */
import type * as nbformat from '@jupyterlab/nbformat';
import { Report } from '../converter';
import { convertedCell } from './convertedCell';
import { inlineReport } from './inlineReport';
import { MindConverterSettings } from './settings';

export type ConvertSource = (source: string, cellNumber: number) => Promise<{ code: string; report: Report }>;

export interface NotebookConversion {
  content: nbformat.INotebookContent;
  convertedCells: number;
  unconverted: number;
}

function sourceText(source: nbformat.MultilineString): string {
  return Array.isArray(source) ? source.join('') : source;
}

export async function convertNotebookContent(
  original: nbformat.INotebookContent,
  originalPath: string,
  settings: MindConverterSettings,
  convert: ConvertSource
): Promise<NotebookConversion> {
  const cells: nbformat.ICell[] = [];
  let convertedCells = 0;
  let unconverted = 0;
  for (const [index, cell] of original.cells.entries()) {
    const source = sourceText(cell.source);
    if (cell.cell_type !== 'code' || source.trim() === '') {
      const { outputs: _outputs, execution_count: _count, ...kept } = cell as nbformat.ICodeCell;
      cells.push(cell.cell_type === 'code' ? { ...kept, outputs: [], execution_count: null } as nbformat.ICodeCell : { ...cell });
      continue;
    }
    const { code, report } = await convert(source, index + 1);
    const cellId = typeof cell.id === 'string' ? cell.id : null;
    const shown = inlineReport(report, `cell ${index + 1} of ${originalPath}`, null);
    const converted = convertedCell(code, shown, {
      converted: true,
      mode: 'ast',
      fromCell: cellId,
      target: settings.target,
      mindsporeVersion: settings.mindsporeVersion
    });
    cells.push({ ...converted, id: cell.id, metadata: { ...cell.metadata, ...converted.metadata } } as unknown as nbformat.ICodeCell);
    convertedCells += 1;
    unconverted += shown.summary.unconverted;
  }
  const content: nbformat.INotebookContent = {
    ...original,
    metadata: { ...original.metadata, mindconverter: { convertedFrom: originalPath } },
    cells
  };
  return { content, convertedCells, unconverted };
}
