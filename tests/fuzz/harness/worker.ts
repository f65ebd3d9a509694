/**
 * Conversions in a worker thread with a time bound: the bound is what
 * "never hangs" means in the fuzz tests. A conversion that exceeds it is
 * reported (with its input) and the worker is replaced.
 */
import { join } from 'path';
import { Worker } from 'worker_threads';
import type { ConvertOptions, DetailedConversion } from '../../../src/converter/ast/convert';
import { ask } from './ask';

export interface WorkerOutcome {
  conversion?: DetailedConversion;
  /** The exception convertWithEdits let escape (it must not). */
  thrown?: string;
  timedOut?: boolean;
  ms: number;
}

/** Generous: a hang detector on a shared 2-core machine, not a speed test (bench/ measures speed). */
export function timeBoundMs(source: string): number {
  return 15_000 + source.length / 20;
}

export class ConversionWorker {
  private worker?: Worker;
  private ready?: Promise<unknown>;

  private start(): Promise<unknown> {
    if (!this.ready) {
      const worker = new Worker(join(__dirname, 'convertWorker.js'));
      this.worker = worker;
      this.ready = ask(worker, message => worker.postMessage(message), {}, 120_000);
    }
    return this.ready;
  }

  async convert(source: string, options: ConvertOptions = {}): Promise<WorkerOutcome> {
    await this.start();
    const worker = this.worker!;
    const bound = timeBoundMs(source);
    const answer = await ask<WorkerOutcome>(worker, message => worker.postMessage(message), { source, options }, bound);
    if (answer.timedOut || answer.exited !== undefined) {
      await this.close();
      return answer.timedOut ? { timedOut: true, ms: bound } : { thrown: `the worker died: ${answer.exited}`, ms: 0 };
    }
    return answer;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    await worker?.terminate();
  }
}
