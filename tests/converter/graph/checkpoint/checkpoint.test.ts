import { readCheckpoint } from '../../../../src/converter';
import { CheckpointType } from '../../../../src/converter/graph/checkpoint/schema';
import { writeCheckpoint } from '../../../../src/converter/graph/checkpoint/write';

const bytesOf = (values: number[]) => new Uint8Array(Float32Array.from(values).buffer);

describe('MindSpore checkpoint writer', () => {
  it('writes one Checkpoint message per parameter that protobuf reads back as one list, in order', () => {
    const ckpt = writeCheckpoint([
      { name: 'conv.weight', dtype: 'float32', shape: [2, 1], bytes: bytesOf([1, 2]) },
      { name: 'bn.moving_mean', dtype: 'float32', shape: [3], bytes: bytesOf([3, 4, 5]) },
      { name: 'ids', dtype: 'int64', shape: [1], bytes: new Uint8Array(new BigInt64Array([7n]).buffer) }
    ]);
    const decoded = CheckpointType.decode(ckpt) as unknown as { value: { tag: string; tensor: { tensorType: string; dims: number[] } }[] };
    expect(decoded.value.map(v => [v.tag, v.tensor.tensorType, v.tensor.dims.map(Number)])).toEqual([
      ['conv.weight', 'Float32', [2, 1]],
      ['bn.moving_mean', 'Float32', [3]],
      ['ids', 'Int64', [1]]
    ]);
    const entries = readCheckpoint(ckpt);
    expect(Array.from(new Float32Array(entries[1].bytes.slice().buffer))).toEqual([3, 4, 5]);
  });

  it('writes a scalar with dims [0], as MindSpore does', () => {
    const [entry] = readCheckpoint(writeCheckpoint([{ name: 'scale', dtype: 'float32', shape: [], bytes: bytesOf([2]) }]));
    expect(entry.dims).toEqual([0]);
  });

  it('splits a parameter larger than the slice size into consecutive values with the same tag', () => {
    const values = Array.from({ length: 10 }, (_, i) => i);
    const ckpt = writeCheckpoint([{ name: 'big', dtype: 'float32', shape: [10], bytes: bytesOf(values) }], 16);
    const decoded = CheckpointType.decode(ckpt) as unknown as { value: { tag: string; tensor: { tensorContent: Uint8Array } }[] };
    expect(decoded.value.map(v => [v.tag, v.tensor.tensorContent.length])).toEqual([
      ['big', 16],
      ['big', 16],
      ['big', 8]
    ]);
    const [merged] = readCheckpoint(ckpt);
    expect(Array.from(new Float32Array(merged.bytes.slice().buffer))).toEqual(values);
  });
});
