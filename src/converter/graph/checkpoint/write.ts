/**
 * Writes a MindSpore .ckpt: one serialized Checkpoint message per parameter,
 * concatenated. protobufjs encodes the small parts (name, dims, dtype); the
 * tensor bytes are framed by hand so that they are copied exactly once, into
 * the single output buffer (or not at all, by a writer of the parts).
 */
import * as protobuf from 'protobufjs/light';
import { GraphError } from '../errors';
import { DTYPES, DType } from '../onnx/dtypes';
import { CheckpointTensorHeaderType, FIELD } from './schema';

export interface CheckpointTensor {
  name: string;
  dtype: DType;
  shape: number[];
  /** Little-endian C-order bytes. */
  bytes: Uint8Array;
}

/** MindSpore splits parameters above 512 MB into consecutive values with the same tag. */
export const SLICE_BYTES = 512 * 1024 * 1024;

const LENGTH_DELIMITED = 2;
const key = (field: number) => (field << 3) | LENGTH_DELIMITED;

/**
 * The checkpoint as a list of parts to write one after the other: small
 * headers, and each tensor's bytes as they are (views, not copies). A writer
 * that writes the parts in turn never holds a second copy of the weights.
 */
export function checkpointParts(tensors: readonly CheckpointTensor[], sliceBytes = SLICE_BYTES): Uint8Array[] {
  const parts: Uint8Array[] = [];
  for (const tensor of tensors) {
    if (!tensor.shape.every(dim => Number.isSafeInteger(dim) && dim >= 0)) {
      throw new GraphError(`parameter '${tensor.name}' has an invalid shape [${tensor.shape.join(', ')}]`);
    }
    const itemSize = Math.max(DTYPES[tensor.dtype].size, 1);
    const perSlice = Math.max(itemSize, Math.floor(sliceBytes / itemSize) * itemSize);
    for (let offset = 0; offset < tensor.bytes.length || offset === 0; offset += perSlice) {
      const content = tensor.bytes.subarray(offset, Math.min(offset + perSlice, tensor.bytes.length));
      const tensorHeader = CheckpointTensorHeaderType.encode({
        dims: tensor.shape.length === 0 ? [0] : tensor.shape,
        tensorType: DTYPES[tensor.dtype].checkpoint
      }).finish();
      const contentHeader = protobuf.Writer.create().uint32(key(FIELD.tensorContent)).uint32(content.length).finish();
      const tensorLength = tensorHeader.length + contentHeader.length + content.length;
      const value = protobuf.Writer.create()
        .uint32(key(FIELD.valueTag))
        .string(tensor.name)
        .uint32(key(FIELD.valueTensor))
        .uint32(tensorLength)
        .finish();
      const valueLength = value.length + tensorLength;
      const outer = protobuf.Writer.create().uint32(key(FIELD.checkpointValue)).uint32(valueLength).finish();
      parts.push(outer, value, tensorHeader, contentHeader, content);
      if (tensor.bytes.length === 0) break;
    }
  }
  return parts;
}

export function writeCheckpoint(tensors: readonly CheckpointTensor[], sliceBytes = SLICE_BYTES): Uint8Array {
  return concatParts(checkpointParts(tensors, sliceBytes));
}

/** The parts as one buffer. */
export function concatParts(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
