/**
 * Project mode's node side: finding the files of a project tree, and
 * converting one of them (a .py file, or a notebook cell by cell) into the
 * files to write. Used inline and by the worker threads of src/cli/projectMode.ts.
 */
import { readdirSync, statSync } from 'fs';
import { basename, dirname, join, relative, resolve, sep } from 'path';
import {
  convertNotebook,
  convertSource,
  ConvertOptions,
  NotebookError,
  PythonParser,
  renderText,
  summarize,
  ReportSummary
} from '../converter';
import { readSourceFile } from './sourceText';

/** Directories never entered: tool caches and hidden folders (.git, .ipynb_checkpoints, ...). */
const SKIPPED_DIRS = new Set(['__pycache__', 'node_modules']);

export interface ProjectFile {
  /** Absolute path of the source. */
  path: string;
  /** Path relative to the project root, with '/' separators. */
  relative: string;
  kind: 'python' | 'notebook';
}

/** The .py and .ipynb files under `root`, in a stable order; `exclude` (e.g. the output directory) is not entered. */
export function projectFiles(root: string, exclude: readonly string[] = []): ProjectFile[] {
  const excluded = exclude.map(path => resolve(path));
  const found: ProjectFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) {
        if (!name.startsWith('.') && !SKIPPED_DIRS.has(name) && !excluded.includes(resolve(path))) {
          walk(path);
        }
      } else if (name.endsWith('.py') || name.endsWith('.ipynb')) {
        found.push({ path, relative: relative(root, path).split(sep).join('/'), kind: name.endsWith('.py') ? 'python' : 'notebook' });
      }
    }
  };
  walk(root);
  return found;
}

export interface FileConversion {
  relative: string;
  kind: ProjectFile['kind'];
  /** The converted file's content (source or notebook JSON) and its report text. */
  code: string | Uint8Array;
  reportText: string;
  summary: ReportSummary;
}

export interface FileFailure {
  relative: string;
  error: string;
}

/** Converts one project file; a file that cannot be read or is not a notebook gives a failure, never an exception. */
export function convertProjectFile(parser: PythonParser, file: ProjectFile, options: ConvertOptions): FileConversion | FileFailure {
  try {
    const source = readSourceFile(file.path);
    const text = source.text;
    if (file.kind === 'notebook') {
      if (source.encoding === 'bytes') {
        return { relative: file.relative, error: `${file.path} is not UTF-8, as a notebook's JSON must be` };
      }
      const convert = (source: string) => convertSource(parser, source, { ...options, fileName: basename(file.path) });
      const { notebook, report } = convertNotebook(text, convert, basename(file.path));
      return { relative: file.relative, kind: file.kind, code: notebook, reportText: renderText(report), summary: summarize(report) };
    }
    const { code, report } = convertSource(parser, text, { ...options, fileName: basename(file.path) });
    const internal = report.entries.find(entry => entry.kind === 'warning' && entry.note?.startsWith('internal error'));
    if (internal) {
      return { relative: file.relative, error: internal.note! };
    }
    return { relative: file.relative, kind: file.kind, code: source.encode(code), reportText: renderText(report), summary: summarize(report) };
  } catch (error) {
    const message = error instanceof NotebookError || error instanceof Error ? error.message : String(error);
    return { relative: file.relative, error: message };
  }
}

/** MindConverter's report name, in the file's directory: `report_of_<stem>.txt`, notebooks `report_of_<name>.ipynb.txt`. */
export function reportPath(relativePath: string, kind: ProjectFile['kind']): string {
  const dir = dirname(relativePath);
  const name = basename(relativePath);
  const stem = kind === 'python' ? name.replace(/\.py$/, '') : name;
  return dir === '.' ? `report_of_${stem}.txt` : `${dir}/report_of_${stem}.txt`;
}
