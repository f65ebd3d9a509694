/**
 * `mindconverter --in_file DIR`: converts a whole project tree. Every .py
 * file and every notebook (cell by cell, into a new notebook) is converted on
 * all cores (worker threads), and written under --output with the same
 * relative paths, a MindConverter report beside each under --report, and a
 * summary per file and for the tree. Sources are never written to; outputs
 * are written all together or not at all.
 */
import { existsSync, statSync } from 'fs';
import { availableParallelism } from 'os';
import { basename, dirname, join, resolve } from 'path';
import { Worker } from 'worker_threads';
import type { ConvertOptions, MindsporeVersion } from '../converter';
import { nodePythonParser } from '../node/assets';
import { convertProjectFile, FileConversion, FileFailure, ProjectFile, projectFiles, reportPath } from '../node/project';
import type { CliOptions } from './args';
import { CliError, OutputFile, writeOutputs } from './output';

type Result = FileConversion | FileFailure;

export const SUMMARY_FILE = 'summary_of_project.txt';

async function convertInline(files: readonly ProjectFile[], options: ConvertOptions): Promise<Result[]> {
  const parser = await nodePythonParser();
  return files.map(file => convertProjectFile(parser, file, options));
}

/** Converts the files on `threads` worker threads, each taking the next file when it is done. */
function convertOnWorkers(files: readonly ProjectFile[], options: ConvertOptions, workerPath: string, threads: number): Promise<Result[]> {
  return new Promise((resolvePromise, reject) => {
    const results: Result[] = new Array(files.length);
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    const finish = (error?: Error) => {
      workers.forEach(worker => void worker.terminate());
      if (error) {
        reject(error);
      } else {
        resolvePromise(results);
      }
    };
    const feed = (worker: Worker) => {
      if (next < files.length) {
        worker.postMessage({ id: next, file: files[next] });
        next += 1;
      }
    };
    for (let i = 0; i < threads; i += 1) {
      const worker = new Worker(workerPath, { workerData: options });
      worker.on('message', ({ id, result }: { id: number; result: Result }) => {
        results[id] = result;
        done += 1;
        if (done === files.length) {
          finish();
        } else {
          feed(worker);
        }
      });
      worker.on('error', error => finish(new CliError(`a conversion worker failed: ${error.message}`)));
      workers.push(worker);
      feed(worker);
    }
  });
}

async function convertFiles(files: readonly ProjectFile[], options: ConvertOptions): Promise<Result[]> {
  const workerPath = join(__dirname, '..', 'node', 'projectWorker.js');
  const threads = Math.min(files.length, availableParallelism());
  // Under ts-jest there is no compiled worker: convert in this thread.
  return threads > 1 && existsSync(workerPath) ? convertOnWorkers(files, options, workerPath, threads) : convertInline(files, options);
}

function percent(rate: number): string {
  return `${(rate * 100).toFixed(2)}%`;
}

/** The per-file lines and the whole-tree summary. */
export function projectSummary(root: string, results: readonly Result[], options: ConvertOptions): string {
  const lines = [`[Project Conversion] ${root} (target ${options.target ?? 'classic'}, MindSpore ${options.mindsporeVersion ?? '2.6.0'})`];
  const totals = { converted: 0, unconverted: 0, warnings: 0, fully: 0, python: 0, notebooks: 0, failed: 0 };
  for (const result of results) {
    if ('error' in result) {
      totals.failed += 1;
      lines.push(`${result.relative}: not converted: ${result.error}`);
      continue;
    }
    const { summary } = result;
    const fully = summary.unconverted === 0;
    totals.converted += summary.converted;
    totals.unconverted += summary.unconverted;
    totals.warnings += summary.warnings;
    totals.fully += fully ? 1 : 0;
    totals[result.kind === 'python' ? 'python' : 'notebooks'] += 1;
    lines.push(
      `${result.relative}: ${summary.converted} converted, ${summary.unconverted} not converted, ` +
        `${percent(summary.rate)}, ${summary.warnings} warnings${fully ? ' (fully converted)' : ''}`
    );
  }
  const total = totals.converted + totals.unconverted;
  lines.push(
    `[Summary] ${results.length} files (${totals.python} .py, ${totals.notebooks} .ipynb${totals.failed ? `, ${totals.failed} failed` : ''}): ` +
      `${totals.converted} converted, ${totals.unconverted} not converted, rate ${percent(total === 0 ? 1 : totals.converted / total)}, ` +
      `${totals.fully} files fully converted, ${totals.warnings} warnings`
  );
  return lines.join('\n') + '\n';
}

/**
 * Converts the project under --in_file (a directory), or one notebook
 * (--in_file x.ipynb, written as <output>/x.ipynb with its report).
 */
export async function runProjectMode(options: CliOptions, mindsporeVersion: MindsporeVersion): Promise<string> {
  const single = !statSync(options.inFile!, { throwIfNoEntry: false })?.isDirectory();
  const root = resolve(single ? dirname(options.inFile!) : options.inFile!);
  const output = resolve(options.output);
  const reports = resolve(options.report ?? options.output);
  if (output === root) {
    throw new CliError(`the output directory ${options.output} is the project itself: converted files would replace the sources`);
  }
  const files = single
    ? [{ path: resolve(options.inFile!), relative: basename(options.inFile!), kind: 'notebook' as const }]
    : projectFiles(root, [output, reports]);
  if (single && !existsSync(options.inFile!)) {
    throw new CliError(`cannot read ${options.inFile}: no such file`);
  }
  if (files.length === 0) {
    throw new CliError(`no .py or .ipynb files under ${options.inFile}`);
  }
  const convertOptions: ConvertOptions = { target: options.target, mindsporeVersion };
  const results = await convertFiles(files, convertOptions);
  const outputs: OutputFile[] = [];
  for (const result of results) {
    if (!('error' in result)) {
      outputs.push({ path: join(output, result.relative), content: result.code });
      outputs.push({ path: join(reports, reportPath(result.relative, result.kind)), content: result.reportText });
    }
  }
  const summary = projectSummary(options.inFile!, results, convertOptions);
  if (!single) {
    outputs.push({ path: join(reports, SUMMARY_FILE), content: summary });
  }
  const sources = new Set(files.map(file => resolve(file.path)));
  const clash = outputs.find(file => sources.has(resolve(file.path)));
  if (clash) {
    throw new CliError(`writing ${clash.path} would replace a source file of the project; choose another --output/--report`);
  }
  writeOutputs(outputs, options.overwrite);
  const failures = results.filter((result): result is FileFailure => 'error' in result);
  if (failures.length > 0) {
    throw new CliError(
      `${failures.length} of ${results.length} files could not be converted (the others were written): ` +
        failures.map(failure => `${failure.relative}: ${failure.error}`).join('; ')
    );
  }
  return summary;
}
