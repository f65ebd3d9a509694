/**
 * The messages exchanged with the kernel-side shim (python_shim/mindconverter_shim,
 * see python_shim/PROTOCOL.md). Names match the Python side field for field.
 */

/** Comm target the shim registers in the kernel (frontend -> kernel requests). */
export const KERNEL_TARGET = 'mindconverter';
/** Comm target the extension registers on every kernel (kernel -> frontend, the magics). */
export const FRONTEND_TARGET = 'mindconverter.frontend';
/** The only code the extension ever executes in a user's kernel: fixed, no user text in it. */
export const IMPORT_SHIM_CODE = 'import mindconverter_shim';

export type ErrorCode =
  | 'unknown_variable'
  | 'not_a_module'
  | 'invalid_request'
  | 'export_failed'
  | 'torch_missing'
  | 'internal_error';

export interface ShimError {
  code: ErrorCode | string;
  message: string;
}

export interface FailedReply {
  request_id: string | null;
  ok: false;
  error: ShimError;
}

export interface PingReply {
  request_id: string;
  ok: true;
  shim_version: string;
  torch_version: string | null;
}

export interface ModelInfo {
  name: string;
  class: string;
  module: string;
  parameters: number;
  training: boolean;
}

export interface ListModelsReply {
  request_id: string;
  ok: true;
  models: ModelInfo[];
}

export interface ExportReply {
  request_id: string;
  ok: true;
  onnx_bytes: number;
  module_tree: Record<string, unknown>;
  exported_with?: string;
  warnings?: string[];
}

export const DTYPES = ['float32', 'float64', 'float16', 'bfloat16', 'int64', 'int32', 'int16', 'int8', 'uint8', 'bool'] as const;
export type DType = (typeof DTYPES)[number];

export interface ExportRequest {
  name: string;
  shapes: number[][];
  dtypes: DType[];
  opset: number;
}

export type Request =
  | { action: 'ping' }
  | { action: 'list_models' }
  | ({ action: 'export' } & ExportRequest);

/** Kernel -> frontend requests, one comm each (comm_open data); answered once, then closed. */
export type FrontendRequest =
  | { request_id: string; action: 'hello'; cell_id: string | null; shim_version?: string }
  | {
      request_id: string;
      action: 'convert_model';
      cell_id: string | null;
      name: string;
      shapes: number[][];
      dtypes?: DType[];
    }
  | { request_id: string; action: 'convert_source'; cell_id: string | null; source: string };

export interface FrontendAnswer {
  request_id: string;
  ok: boolean;
  extension_version: string;
  error?: { message: string };
}

/** Narrows a comm payload to a kernel -> frontend request, or explains why it is not one. */
export function parseFrontendRequest(data: unknown): FrontendRequest | string {
  if (typeof data !== 'object' || data === null) {
    return 'the request is not an object';
  }
  const request = data as Record<string, unknown>;
  if (typeof request.request_id !== 'string') {
    return 'the request has no request_id';
  }
  const cellId = typeof request.cell_id === 'string' ? request.cell_id : null;
  switch (request.action) {
    case 'hello':
      return { request_id: request.request_id, action: 'hello', cell_id: cellId };
    case 'convert_source':
      if (typeof request.source !== 'string') {
        return 'convert_source needs a source string';
      }
      return { request_id: request.request_id, action: 'convert_source', cell_id: cellId, source: request.source };
    case 'convert_model': {
      if (typeof request.name !== 'string') {
        return 'convert_model needs a model name';
      }
      const shapes = request.shapes;
      if (!Array.isArray(shapes) || shapes.length === 0 || !shapes.every(isShape)) {
        return 'convert_model needs shapes as lists of positive integers';
      }
      const dtypes = Array.isArray(request.dtypes) ? request.dtypes.filter(isDType) : undefined;
      return {
        request_id: request.request_id,
        action: 'convert_model',
        cell_id: cellId,
        name: request.name,
        shapes: shapes as number[][],
        dtypes
      };
    }
    default:
      return `unknown action ${JSON.stringify(request.action)}`;
  }
}

function isShape(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0 && value.every(d => Number.isInteger(d) && d > 0);
}

export function isDType(value: unknown): value is DType {
  return (DTYPES as readonly unknown[]).includes(value);
}
