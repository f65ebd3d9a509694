/**
 * Graph-mode conversions in a child process, with a time bound and a memory
 * bound per input: the child's peak RSS may not grow by more than a fixed
 * allowance plus a multiple of the input's size. A lying header (a 2^40
 * element dim, a huge raw_data length) must not make it allocate.
 */
import { ChildProcess, fork } from 'child_process';
import { join } from 'path';
import { ask } from './ask';

interface Reply {
  outcome: 'converted' | 'graph-error' | 'exception' | 'malformed';
  message?: string;
  ms: number;
  rssMB: number;
}

export interface OnnxOutcome {
  outcome: 'converted' | 'graph-error' | 'exception' | 'malformed' | 'timeout' | 'crashed';
  message?: string;
  ms: number;
  /** How much the child's peak RSS grew while converting (MB). */
  rssGrowthMB: number;
}

/** Generous bounds: hang and runaway-allocation detectors, not speed tests. */
export function onnxBounds(bytes: Uint8Array): { ms: number; rssGrowthMB: number } {
  return { ms: 30_000 + bytes.length / 1000, rssGrowthMB: 256 + (12 * bytes.length) / 1e6 };
}

export class OnnxRunner {
  private child?: ChildProcess;
  private peakMB = 0;

  private async start(): Promise<ChildProcess> {
    if (!this.child) {
      // serialization 'advanced' sends Uint8Arrays as such.
      const child = fork(join(__dirname, 'onnxChild.js'), [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
      this.child = child;
      const ready = await ask<{ rssMB: number }>(child, message => child.send(message), {}, 120_000);
      this.peakMB = ready.timedOut || ready.exited !== undefined ? 0 : ready.rssMB;
    }
    return this.child;
  }

  async convert(bytes: Uint8Array): Promise<OnnxOutcome> {
    const child = await this.start();
    const bounds = onnxBounds(bytes);
    const answer = await ask<Reply>(child, message => child.send(message), { bytes }, bounds.ms);
    if (answer.timedOut || answer.exited !== undefined) {
      await this.close(); // a fresh process for the next input
      return answer.timedOut ? { outcome: 'timeout', ms: bounds.ms, rssGrowthMB: 0 } : { outcome: 'crashed', message: answer.exited, ms: 0, rssGrowthMB: 0 };
    }
    const growth = Math.max(0, answer.rssMB - this.peakMB);
    this.peakMB = Math.max(this.peakMB, answer.rssMB);
    if (growth > bounds.rssGrowthMB) {
      await this.close(); // and a fresh peak
    }
    return { outcome: answer.outcome, message: answer.message, ms: answer.ms, rssGrowthMB: growth };
  }

  async close(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (child && child.exitCode === null) {
      await new Promise(resolve => {
        child.once('exit', resolve);
        child.kill();
      });
    }
  }
}
