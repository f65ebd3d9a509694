/**
 * Conversions in a worker thread with a time bound: the bound is what
 * "never hangs" means in the fuzz tests. A conversion that exceeds it is
 * reported (with its input) and the worker is replaced.
 */
import { join } from 'path';
import { Worker } from 'worker_threads';
import type { ConvertOptions, DetailedConversion } from '../../../src/converter/ast/convert';

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
  private ready?: Promise<void>;
  private nextId = 0;

  private start(): Promise<void> {
    if (!this.ready) {
      const worker = new Worker(join(__dirname, 'convertWorker.js'));
      this.worker = worker;
      this.ready = this.request(worker, {}).then(() => undefined);
    }
    return this.ready;
  }

  private request(worker: Worker, message: object): Promise<any> {
    const id = (this.nextId += 1);
    return new Promise((resolve, reject) => {
      const onMessage = (reply: { id: number }) => {
        if (reply.id === id) {
          worker.off('message', onMessage);
          worker.off('error', reject);
          resolve(reply);
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.postMessage({ id, ...message });
    });
  }

  async convert(source: string, options: ConvertOptions = {}): Promise<WorkerOutcome> {
    await this.start();
    const worker = this.worker!;
    const bound = timeBoundMs(source);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<WorkerOutcome>(resolve => {
      timer = setTimeout(() => resolve({ timedOut: true, ms: bound }), bound);
    });
    const outcome = await Promise.race([this.request(worker, { source, options }) as Promise<WorkerOutcome>, timeout]);
    clearTimeout(timer);
    if (outcome.timedOut) {
      await this.close();
    }
    return outcome;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    await worker?.terminate();
  }
}
