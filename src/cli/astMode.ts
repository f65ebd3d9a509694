/**
 * `mindconverter --in_file FILE.py`: converts one Python file by its source
 * and writes `<output>/<name>.py` and `<report>/report_of_<name>.txt`
 * (MindConverter's names), all or nothing.
 */
import { statSync } from 'fs';
import { basename, extname, join } from 'path';
import { convertSource, MindsporeVersion, MINDSPORE_VERSIONS, renderText, summarize } from '../converter';
import { nodePythonParser } from '../node/assets';
import { NotTextError, readSourceFile, SourceText } from '../node/sourceText';
import { CliOptions, UsageError } from './args';
import { CliError, writeOutputs } from './output';
import { runProjectMode } from './projectMode';

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function readSource(path: string): SourceText {
  if (!statSync(path, { throwIfNoEntry: false })) {
    throw new CliError(`cannot read ${path}: no such file`);
  }
  try {
    return readSourceFile(path);
  } catch (error) {
    throw error instanceof NotTextError ? new CliError(error.message) : error;
  }
}

export function mindsporeVersion(text: string): MindsporeVersion {
  if (!(MINDSPORE_VERSIONS as readonly string[]).includes(text)) {
    throw new UsageError(`invalid --mindspore_version '${text}': expected ${MINDSPORE_VERSIONS.join(' or ')}`);
  }
  return text as MindsporeVersion;
}

/** Runs AST mode; returns the lines to print on stdout. */
export async function runAstMode(options: CliOptions): Promise<string> {
  const path = options.inFile!;
  if (isDirectory(path) || extname(path) === '.ipynb') {
    return runProjectMode(options, mindsporeVersion(options.mindsporeVersion));
  }
  if (extname(path) !== '.py') {
    throw new CliError(`${path}: --in_file takes a .py file, a .ipynb notebook or a directory`);
  }
  const source = readSource(path);
  const version = mindsporeVersion(options.mindsporeVersion);
  const parser = await nodePythonParser();
  const name = basename(path, '.py');
  const { code, report } = convertSource(parser, source.text, { target: options.target, mindsporeVersion: version, fileName: basename(path) });
  const internal = report.entries.find(entry => entry.kind === 'warning' && entry.note?.startsWith('internal error'));
  if (internal) {
    throw new CliError(`converting ${path} failed: ${internal.note}`);
  }
  const codePath = join(options.output, `${name}.py`);
  const reportPath = join(options.report ?? options.output, `report_of_${name}.txt`);
  writeOutputs(
    [
      { path: codePath, content: source.encode(code) },
      { path: reportPath, content: renderText(report) }
    ],
    options.overwrite
  );
  const summary = summarize(report);
  return (
    `converted ${path} -> ${codePath} (report: ${reportPath}): ` +
    `${summary.converted} converted, ${summary.unconverted} not converted, ${summary.warnings} warnings\n`
  );
}
