import { Signal } from '@lumino/signaling';
import { kernelProblem, kernelProblemAfterGrace } from '../../../src/extension/kernel/connector';

const kernel = (status: string, connectionStatus = 'connected') => ({ status, connectionStatus }) as any;

describe('kernelProblem', () => {
  it('names what stops a request', () => {
    expect(kernelProblem(null)).toMatch(/has no kernel/);
    expect(kernelProblem(kernel('dead'))).toMatch(/kernel is dead/);
    expect(kernelProblem(kernel('idle', 'disconnected'))).toMatch(/kernel is dead/);
    expect(kernelProblem(kernel('busy'))).toMatch(/busy running a cell/);
  });

  it('lets an idle kernel through, and a busy one when a magic asks (its own cell is running)', () => {
    expect(kernelProblem(kernel('idle'))).toBeUndefined();
    expect(kernelProblem(kernel('busy'), true)).toBeUndefined();
  });
});

describe('kernelProblemAfterGrace', () => {
  /** A kernel whose status changes through a real Lumino signal. */
  class StatusKernel {
    readonly connectionStatus = 'connected';
    readonly statusChanged = new Signal<this, string>(this);
    constructor(public status: string) {}
    set(status: string) {
      this.status = status;
      this.statusChanged.emit(status);
    }
  }

  it('waits for a kernel that is busy only for a moment', async () => {
    const k = new StatusKernel('busy');
    setTimeout(() => k.set('idle'), 20);
    await expect(kernelProblemAfterGrace(k as any, false, 5000)).resolves.toBeUndefined();
  });

  it('reports a kernel that stays busy past the grace time', async () => {
    const k = new StatusKernel('busy');
    await expect(kernelProblemAfterGrace(k as any, false, 30)).resolves.toMatch(/busy running a cell/);
  });

  it('does not wait when a busy kernel is allowed (a magic from the running cell)', async () => {
    const k = new StatusKernel('busy');
    await expect(kernelProblemAfterGrace(k as any, true, 60_000)).resolves.toBeUndefined();
  });
});
