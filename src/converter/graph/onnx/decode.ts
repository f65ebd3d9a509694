import { GraphError } from '../errors';
import { DTYPES, DType, dtypeOfOnnx } from './dtypes';
import { ModelProtoType, DATA_LOCATION_EXTERNAL } from './schema';
import { int64, ModelProto, TensorProto } from './types';

/**
 * Decodes an ONNX file into protobufjs message instances. Nothing is
 * converted to plain objects: tensor raw_data stays a view into `bytes`.
 */
export function decodeModel(bytes: Uint8Array): ModelProto {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) {
    throw new GraphError('the ONNX model is empty');
  }
  let model: ModelProto;
  try {
    model = ModelProtoType.decode(bytes) as unknown as ModelProto;
  } catch (error) {
    throw new GraphError(`not a valid ONNX model (protobuf decoding failed: ${(error as Error).message})`);
  }
  if (!model.graph || (model.graph.node.length === 0 && model.graph.output.length === 0)) {
    throw new GraphError('not a valid ONNX model: it has no graph');
  }
  return model;
}

/** Resolves an external-data file name (relative to the model) to its bytes. */
export type ExternalDataResolver = (location: string) => Uint8Array | undefined;

export function elementCount(dims: readonly number[]): number {
  return dims.reduce((count, dim) => count * dim, 1);
}

/**
 * The little-endian bytes of a tensor, checked against its shape: raw_data
 * (a view), an external file's slice, or the typed repeated fields re-encoded.
 */
export function tensorBytes(tensor: TensorProto, dtype: DType, dims: number[], external?: ExternalDataResolver): Uint8Array {
  const label = tensor.name ? `tensor '${tensor.name}'` : 'a constant tensor';
  const expected = elementCount(dims) * DTYPES[dtype].size;
  let bytes: Uint8Array;
  if (tensor.dataLocation === DATA_LOCATION_EXTERNAL) {
    bytes = externalBytes(tensor, label, external);
  } else if (tensor.rawData && tensor.rawData.length > 0) {
    bytes = tensor.rawData;
  } else {
    bytes = typedFieldBytes(tensor, dtype, expected, label);
  }
  if (bytes.length !== expected) {
    throw new GraphError(`${label} holds ${bytes.length} bytes, but its shape [${dims.join(', ')}] of ${dtype} needs ${expected}`);
  }
  return bytes;
}

function externalBytes(tensor: TensorProto, label: string, external?: ExternalDataResolver): Uint8Array {
  const entry = (key: string) => tensor.externalData.find(e => e.key === key)?.value;
  const location = entry('location');
  if (!location) {
    throw new GraphError(`${label} is stored externally but names no location`);
  }
  const file = external?.(location);
  if (!file) {
    throw new GraphError(`${label} is stored in the external data file '${location}', which was not provided`);
  }
  const offset = Number(entry('offset') ?? 0);
  const length = entry('length') === undefined ? file.length - offset : Number(entry('length'));
  if (!(offset >= 0 && length >= 0 && offset + length <= file.length)) {
    throw new GraphError(`${label}: offset ${offset} + length ${length} is outside '${location}' (${file.length} bytes)`);
  }
  return file.subarray(offset, offset + length);
}

function typedFieldBytes(tensor: TensorProto, dtype: DType, expected: number, label: string): Uint8Array {
  const size = DTYPES[dtype].size;
  const count = expected / Math.max(size, 1);
  const source = dtype === 'float32' || dtype === 'complex64' ? tensor.floatData
    : dtype === 'float64' || dtype === 'complex128' ? tensor.doubleData
    : dtype === 'int64' ? tensor.int64Data
    : dtype === 'uint64' || dtype === 'uint32' ? tensor.uint64Data
    : tensor.int32Data;
  const per = dtype.startsWith('complex') ? 2 : 1;
  // Checked before allocating: a shape that lies about the data must not make us allocate for it.
  if (dtype !== 'string' && source.length !== count * per) {
    throw new GraphError(`${label} holds ${source.length} values, but its shape needs ${count * per}`);
  }
  const out = new Uint8Array(expected);
  const view = new DataView(out.buffer);
  const fill = (values: ArrayLike<unknown>, perElement: number, write: (offset: number, value: unknown) => void) => {
    for (let i = 0; i < values.length; i++) {
      write(i * (size / perElement), values[i]);
    }
  };
  switch (dtype) {
    case 'float32':
    case 'complex64':
      fill(tensor.floatData, dtype === 'complex64' ? 2 : 1, (o, v) => view.setFloat32(o, v as number, true));
      break;
    case 'float64':
    case 'complex128':
      fill(tensor.doubleData, dtype === 'complex128' ? 2 : 1, (o, v) => view.setFloat64(o, v as number, true));
      break;
    case 'int64':
      fill(tensor.int64Data, 1, (o, v) => view.setBigInt64(o, BigInt(int64(v as number)), true));
      break;
    case 'uint64':
      fill(tensor.uint64Data, 1, (o, v) => view.setBigUint64(o, BigInt(int64(v as number)), true));
      break;
    case 'uint32':
      fill(tensor.uint64Data, 1, (o, v) => view.setUint32(o, int64(v as number), true));
      break;
    case 'int32':
      fill(tensor.int32Data, 1, (o, v) => view.setInt32(o, v as number, true));
      break;
    case 'int16':
      fill(tensor.int32Data, 1, (o, v) => view.setInt16(o, v as number, true));
      break;
    case 'uint16':
    case 'float16':
    case 'bfloat16':
      fill(tensor.int32Data, 1, (o, v) => view.setUint16(o, v as number, true));
      break;
    case 'int8':
      fill(tensor.int32Data, 1, (o, v) => view.setInt8(o, v as number));
      break;
    case 'uint8':
    case 'bool':
      fill(tensor.int32Data, 1, (o, v) => view.setUint8(o, v as number));
      break;
    case 'string':
      throw new GraphError(`${label} is a string tensor, which graph mode does not convert`);
  }
  return out;
}

/** The element type of a TensorProto, with a clear error for types graph mode does not handle. */
export function tensorDType(tensor: TensorProto): DType {
  const dtype = dtypeOfOnnx(tensor.dataType);
  if (!dtype) {
    throw new GraphError(`${tensor.name ? `tensor '${tensor.name}'` : 'a tensor'} has ONNX data type ${tensor.dataType}, which graph mode does not handle`);
  }
  return dtype;
}

export function tensorDims(tensor: TensorProto): number[] {
  const dims = tensor.dims.map(int64);
  if (dims.some(d => !Number.isSafeInteger(d) || d < 0)) {
    throw new GraphError(`tensor '${tensor.name}' has an invalid shape [${dims.join(', ')}]`);
  }
  return dims;
}
