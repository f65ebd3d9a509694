/**
 * Converting a Jupyter notebook (.ipynb, nbformat 4): its code cells are
 * converted together (see cells.ts); markdown, raw cells, outputs, execution
 * counts and metadata are kept as they were.
 */
import { Report, ReportEntry } from '../report';
import { convertCells, ConvertSource } from './cells';

export class NotebookError extends Error {}

interface NotebookCell {
  cell_type: string;
  source: string | string[];
  [key: string]: unknown;
}

interface NotebookJson {
  cells: NotebookCell[];
  nbformat: number;
  [key: string]: unknown;
}

export interface NotebookConversion {
  /** The converted notebook, serialised like nbformat does (indent 1, trailing newline). */
  notebook: string;
  /** One report for the notebook; each entry carries its (0-based) cell index. */
  report: Report;
  /** How many code cells there were. */
  codeCells: number;
}

function cellText(source: string | string[]): string {
  return Array.isArray(source) ? source.join('') : source;
}

/** nbformat's multiline string: lines keeping their `\n`, the last without. */
function cellLines(text: string): string[] {
  if (text === '') {
    return [];
  }
  const lines = text.split('\n');
  return lines.map((line, i) => (i < lines.length - 1 ? line + '\n' : line)).filter(line => line !== '');
}

export function parseNotebook(text: string, name = 'notebook'): NotebookJson {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new NotebookError(`${name} is not valid JSON: ${(error as Error).message}`);
  }
  const notebook = json as NotebookJson;
  if (typeof notebook !== 'object' || notebook === null || !Array.isArray(notebook.cells)) {
    throw new NotebookError(`${name} is not a Jupyter notebook (no "cells" list)`);
  }
  if (notebook.nbformat !== 4) {
    throw new NotebookError(`${name} has nbformat ${String(notebook.nbformat)}; only nbformat 4 is supported`);
  }
  for (const cell of notebook.cells) {
    if (typeof cell?.cell_type !== 'string' || !(typeof cell.source === 'string' || Array.isArray(cell.source))) {
      throw new NotebookError(`${name} has a malformed cell (cell_type and source are required)`);
    }
  }
  return notebook;
}

/** Converts the notebook text; throws NotebookError when it is not a notebook. */
export function convertNotebook(text: string, convert: ConvertSource, name = 'notebook'): NotebookConversion {
  const notebook = parseNotebook(text, name);
  const codeIndexes = notebook.cells.flatMap((cell, index) => (cell.cell_type === 'code' ? [index] : []));
  const sources = codeIndexes.map(index => cellText(notebook.cells[index].source));
  const converted = convertCells(sources, convert);
  const entries: ReportEntry[] = [];
  converted.forEach((cell, i) => {
    const index = codeIndexes[i];
    if (cell.code !== sources[i]) {
      notebook.cells[index] = { ...notebook.cells[index], source: cellLines(cell.code) };
    }
    entries.push(...cell.entries.map(entry => ({ ...entry, cell: index })));
  });
  return {
    notebook: JSON.stringify(notebook, null, 1) + '\n',
    report: { mode: 'ast', source: name, entries },
    codeCells: codeIndexes.length
  };
}
