/** Reads a .ckpt back (tests, and checking what was written): consecutive values with the same tag are one parameter. */
import { int64, Int64 } from '../onnx/types';
import { CheckpointType } from './schema';

export interface CheckpointEntry {
  name: string;
  dims: number[];
  tensorType: string;
  bytes: Uint8Array;
}

interface DecodedValue {
  tag: string;
  tensor?: { dims: Int64[]; tensorType: string; tensorContent: Uint8Array };
}

export function readCheckpoint(bytes: Uint8Array): CheckpointEntry[] {
  const decoded = CheckpointType.decode(bytes) as unknown as { value: DecodedValue[] };
  const entries: CheckpointEntry[] = [];
  for (const value of decoded.value) {
    if (!value.tensor) continue;
    const last = entries[entries.length - 1];
    if (last && last.name === value.tag) {
      const merged = new Uint8Array(last.bytes.length + value.tensor.tensorContent.length);
      merged.set(last.bytes);
      merged.set(value.tensor.tensorContent, last.bytes.length);
      last.bytes = merged;
      continue;
    }
    entries.push({ name: value.tag, dims: value.tensor.dims.map(int64), tensorType: value.tensor.tensorType, bytes: value.tensor.tensorContent });
  }
  return entries;
}
