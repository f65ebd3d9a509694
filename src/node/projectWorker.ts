/**
 * A worker thread of project mode: loads the parser once, then converts the
 * files it is sent, one message per file.
 */
import { parentPort, workerData } from 'worker_threads';
import type { ConvertOptions } from '../converter';
import { nodePythonParser } from './assets';
import { convertProjectFile, ProjectFile } from './project';

export interface WorkerRequest {
  id: number;
  file: ProjectFile;
}

const options = workerData as ConvertOptions;
const ready = nodePythonParser();

parentPort?.on('message', async (request: WorkerRequest) => {
  const parser = await ready;
  parentPort!.postMessage({ id: request.id, result: convertProjectFile(parser, request.file, options) });
});
