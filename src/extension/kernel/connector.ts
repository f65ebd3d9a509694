/**
 * The only module that talks to a kernel: it imports the shim (a fixed
 * statement, never user text), sends requests to the shim's `mindconverter`
 * comm target and waits for the matching reply, and answers the shim's
 * `mindconverter.frontend` requests (the magics).
 */
import { Kernel, KernelMessage } from '@jupyterlab/services';
import { UUID } from '@lumino/coreutils';
import {
  ExportReply,
  ExportRequest,
  FRONTEND_TARGET,
  FrontendAnswer,
  FrontendRequest,
  IMPORT_SHIM_CODE,
  KERNEL_TARGET,
  ListModelsReply,
  parseFrontendRequest,
  PingReply,
  ShimError
} from './protocol';

/** A failure the user must be told about, with the shim's (or our) code. */
export class KernelRequestError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

/** Why a kernel cannot take a request now; undefined when it can. */
export function kernelProblem(kernel: Kernel.IKernelConnection | null | undefined, allowBusy = false): string | undefined {
  if (!kernel) {
    return 'This notebook has no kernel. Start a Python kernel with PyTorch first.';
  }
  if (kernel.status === 'dead' || kernel.connectionStatus === 'disconnected') {
    return 'The kernel is dead. Restart it and run the cells that define your model.';
  }
  if (!allowBusy && kernel.status === 'busy') {
    return 'The kernel is busy running a cell. Wait until it is idle, then try again.';
  }
  return undefined;
}

/**
 * Like kernelProblem, but a kernel that is busy only for a moment (JupyterLab's
 * own kernel_info / comm_info requests right after a start) gets `graceMs` to
 * become idle before it is reported busy.
 */
export async function kernelProblemAfterGrace(
  kernel: Kernel.IKernelConnection | null | undefined,
  allowBusy = false,
  graceMs = 3000
): Promise<string | undefined> {
  if (kernel && !allowBusy && kernel.status === 'busy') {
    await new Promise<void>(resolve => {
      const done = () => {
        clearTimeout(timer);
        kernel.statusChanged.disconnect(onStatus);
        resolve();
      };
      const onStatus = (_: unknown, status: Kernel.Status) => {
        if (status !== 'busy') {
          done();
        }
      };
      const timer = setTimeout(done, graceMs);
      kernel.statusChanged.connect(onStatus);
    });
  }
  return kernelProblem(kernel, allowBusy);
}

/** Listing and pinging are quick; an export of a large model may take minutes on a small machine. */
const QUICK_TIMEOUT_MS = 30_000;
const EXPORT_TIMEOUT_MS = 600_000;

export class KernelConnector {
  constructor(private readonly kernel: Kernel.IKernelConnection) {}

  async ping(): Promise<PingReply> {
    return (await this.request<PingReply>({ action: 'ping' }, QUICK_TIMEOUT_MS)).reply;
  }

  async listModels(): Promise<ListModelsReply> {
    return (await this.request<ListModelsReply>({ action: 'list_models' }, QUICK_TIMEOUT_MS)).reply;
  }

  /** Exports a model to ONNX in the kernel; the bytes come as the reply's first buffer. */
  async export(request: ExportRequest): Promise<{ reply: ExportReply; onnx: Uint8Array }> {
    const { reply, buffers } = await this.request<ExportReply>({ action: 'export', ...request }, EXPORT_TIMEOUT_MS);
    const buffer = buffers[0];
    if (!buffer) {
      throw new KernelRequestError('export_failed', 'The kernel sent no ONNX bytes.');
    }
    const onnx = buffer instanceof ArrayBuffer ? new Uint8Array(buffer) : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    return { reply, onnx };
  }

  /** Imports the shim in the kernel (registers its comm target); idempotent. */
  async importShim(): Promise<void> {
    const future = this.kernel.requestExecute({
      code: IMPORT_SHIM_CODE,
      silent: true,
      store_history: false,
      allow_stdin: false,
      stop_on_error: false
    });
    const reply = (await future.done) as KernelMessage.IExecuteReplyMsg;
    if (reply.content.status === 'error') {
      const { ename, evalue } = reply.content;
      throw new KernelRequestError(
        'shim_missing',
        ename === 'ModuleNotFoundError'
          ? 'The kernel cannot import mindconverter_shim: install jupyterlab-mindconverter in the kernel\'s environment.'
          : `Importing mindconverter_shim failed: ${ename}: ${evalue}`
      );
    }
  }

  /** One request on its own comm (the request is the comm_open data); resolves with the matching reply. */
  private async request<T extends { ok: true }>(
    body: Record<string, unknown>,
    timeoutMs: number
  ): Promise<{ reply: T; buffers: (ArrayBuffer | ArrayBufferView)[] }> {
    await withTimeout(this.importShim(), timeoutMs);
    const requestId = UUID.uuid4();
    const comm = this.kernel.createComm(KERNEL_TARGET);
    return new Promise((resolve, reject) => {
      let settled = false;
      // Settle first: closing the comm runs onClose synchronously.
      const finish = (outcome: () => void) => {
        if (settled) {
          return;
        }
        settled = true;
        clearTimeout(timer);
        outcome();
        if (!comm.isDisposed) {
          comm.close();
        }
      };
      const timer = setTimeout(
        () => finish(() => reject(timeoutError(timeoutMs))),
        timeoutMs
      );
      comm.onMsg = msg => {
        const data = msg.content.data as { request_id?: string; ok?: boolean; error?: ShimError };
        if (data.request_id !== requestId) {
          return;
        }
        if (data.ok === true) {
          finish(() => resolve({ reply: data as unknown as T, buffers: msg.buffers ?? [] }));
        } else {
          const error = data.error ?? { code: 'internal_error', message: 'The kernel refused the request.' };
          finish(() => reject(new KernelRequestError(error.code, error.message)));
        }
      };
      comm.onClose = () =>
        finish(() => reject(new KernelRequestError('closed', 'The kernel closed the connection (was it restarted?).')));
      comm.open({ request_id: requestId, ...body } as any);
    });
  }
}

function timeoutError(timeoutMs: number): KernelRequestError {
  return new KernelRequestError('timeout', `The kernel did not answer within ${timeoutMs / 1000} s (is it busy?).`);
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutError(timeoutMs)), timeoutMs);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

export type FrontendHandler = (request: FrontendRequest, kernel: Kernel.IKernelConnection) => Promise<void>;

/**
 * Registers the `mindconverter.frontend` target on a kernel: each request is
 * handled, then answered once (ok or the error message) and its comm closed.
 */
export function answerFrontendRequests(kernel: Kernel.IKernelConnection, handle: FrontendHandler, version: string): void {
  kernel.registerCommTarget(FRONTEND_TARGET, (comm, openMsg) => {
    const request = parseFrontendRequest(openMsg.content.data);
    const answer = (ok: boolean, message?: string) => {
      const body: FrontendAnswer = {
        request_id: typeof request === 'string' ? String((openMsg.content.data as any)?.request_id ?? '') : request.request_id,
        ok,
        extension_version: version,
        ...(message ? { error: { message } } : {})
      };
      comm.send(body as any);
      comm.close();
    };
    if (typeof request === 'string') {
      answer(false, request);
      return;
    }
    handle(request, kernel).then(
      () => answer(true),
      (error: unknown) => answer(false, error instanceof Error ? error.message : String(error))
    );
  });
}
