import { kernelProblem } from '../../../src/extension/kernel/connector';

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
