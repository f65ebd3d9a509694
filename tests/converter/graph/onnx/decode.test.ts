import { readFileSync } from 'fs';
import { convertOnnx, GraphError } from '../../../../src/converter';
import { decodeModel, tensorBytes } from '../../../../src/converter/graph/onnx/decode';
import { ModelProtoType, TensorProtoType } from '../../../../src/converter/graph/onnx/schema';
import { TensorProto } from '../../../../src/converter/graph/onnx/types';
import { ensureFixtures } from '../helpers/fixtures';
import { f32 } from '../helpers/oracle';
import { onnxModel } from '../helpers/onnxModel';

jest.setTimeout(10 * 60 * 1000);

describe('ONNX decoding', () => {
  const [resnet] = ensureFixtures(13, ['resnet18']);

  it('decodes a real export without copying tensor bytes (raw_data are views into the file)', () => {
    const bytes = readFileSync(resnet.onnx);
    const model = decodeModel(bytes);
    const graph = model.graph!;
    expect(graph.node.length).toBeGreaterThan(60);
    const conv1 = graph.initializer.find(t => t.name === 'conv1.weight')!;
    expect(conv1.dims.map(Number)).toEqual([64, 3, 7, 7]);
    expect(conv1.rawData.buffer).toBe(bytes.buffer);
    expect(conv1.rawData.length).toBe(64 * 3 * 7 * 7 * 4);
  });

  it('reads external data through GraphOptions.externalData', () => {
    const values = Array.from({ length: 12 }, (_, i) => i / 4);
    const inline = onnxModel({
      inputs: [f32('x', [1, 3, 4, 4])],
      outputs: [{ name: 'y' }],
      initializers: [{ name: 'w', dims: [4, 3, 1, 1], values }],
      nodes: [{ op: 'Conv', inputs: ['x', 'w'], outputs: ['y'], name: '/conv/Conv' }]
    });
    // The same model with the weight moved to a side file at an offset.
    const message = ModelProtoType.decode(inline) as unknown as { graph: { initializer: TensorProto[] } };
    const weight = message.graph.initializer[0];
    const file = new Uint8Array(16 + weight.rawData.length);
    file.set(weight.rawData, 16);
    Object.assign(weight, {
      rawData: new Uint8Array(0),
      dataLocation: 1,
      externalData: [
        { key: 'location', value: 'weights.bin' },
        { key: 'offset', value: '16' },
        { key: 'length', value: String(weight.rawData.length) }
      ]
    });
    const external = ModelProtoType.encode(message as never).finish();
    expect(() => convertOnnx(external)).toThrow(/stored in the external data file 'weights.bin', which was not provided/);
    const fromFile = convertOnnx(external, { externalData: location => (location === 'weights.bin' ? file : undefined) });
    const fromInline = convertOnnx(inline);
    expect(Buffer.from(fromFile.checkpoint).equals(Buffer.from(fromInline.checkpoint))).toBe(true);
  });

  it('re-encodes typed fields (float_data, int64_data) and checks them against the shape', () => {
    const floats = TensorProtoType.decode(TensorProtoType.encode({ name: 't', dims: [2], dataType: 1, floatData: [1.5, -2] }).finish()) as unknown as TensorProto;
    expect(Array.from(new Float32Array(tensorBytes(floats, 'float32', [2]).slice().buffer))).toEqual([1.5, -2]);
    const ints = TensorProtoType.decode(TensorProtoType.encode({ name: 'i', dims: [2], dataType: 7, int64Data: [3, -4] }).finish()) as unknown as TensorProto;
    expect(Array.from(new BigInt64Array(tensorBytes(ints, 'int64', [2]).slice().buffer))).toEqual([3n, -4n]);
    expect(() => tensorBytes(floats, 'float32', [3])).toThrow(GraphError);
  });

  it.each([
    ['empty bytes', new Uint8Array(0), /empty/],
    ['text', new TextEncoder().encode('hello, this is not ONNX'), /not a valid ONNX model/],
    ['a truncated export', () => readFileSync(resnet.onnx).subarray(0, 5000), /not a valid ONNX model/]
  ])('refuses %s with a GraphError', (_name, input, message) => {
    const bytes = typeof input === 'function' ? input() : input;
    expect(() => convertOnnx(bytes)).toThrow(GraphError);
    expect(() => convertOnnx(bytes)).toThrow(message);
  });

  it('refuses a tensor whose shape lies about its size without allocating for it', () => {
    const bytes = onnxModel({
      inputs: [f32('x', [2])],
      outputs: [{ name: 'y' }],
      initializers: [{ name: 'w', dims: [2], values: [1, 2] }],
      nodes: [{ op: 'Add', inputs: ['x', 'w'], outputs: ['y'] }]
    });
    const message = ModelProtoType.decode(bytes) as unknown as { graph: { initializer: TensorProto[] } };
    message.graph.initializer[0].dims = [2 ** 40];
    expect(() => convertOnnx(ModelProtoType.encode(message as never).finish())).toThrow(/holds 8 bytes, but its shape \[1099511627776\] of float32 needs/);
  });

  it('refuses a graph with a cycle or a missing input', () => {
    const cycle = onnxModel({
      inputs: [f32('x', [2])],
      outputs: [{ name: 'b' }],
      nodes: [
        { op: 'Add', inputs: ['x', 'b'], outputs: ['a'] },
        { op: 'Neg', inputs: ['a'], outputs: ['b'] }
      ]
    });
    expect(() => convertOnnx(cycle)).toThrow(/cycle/);
    const missing = onnxModel({ inputs: [f32('x', [2])], outputs: [{ name: 'y' }], nodes: [{ op: 'Add', inputs: ['x', 'ghost'], outputs: ['y'] }] });
    expect(() => convertOnnx(missing)).toThrow(/reads tensor 'ghost', which no node, input or initializer provides/);
  });
});

describe('damaged exports', () => {
  it('end in a GraphError or a conversion, never another exception (seeded truncations and bit flips)', () => {
    const files = ensureFixtures(13, ['two_input', 'nlptut_textcnn:TextCNN()']).map(f => readFileSync(f.onnx));
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const unexpected: string[] = [];
    for (let i = 0; i < 400; i++) {
      const bytes = Buffer.from(files[i % files.length]);
      const damaged = i % 2 === 0 ? bytes.subarray(0, Math.floor(random() * bytes.length)) : bytes;
      if (i % 2 === 1) for (let k = 0; k < 4; k++) damaged[Math.floor(random() * Math.min(damaged.length, 3000))] ^= 1 << Math.floor(random() * 8);
      try {
        convertOnnx(damaged);
      } catch (error) {
        if (!(error instanceof GraphError)) unexpected.push(`${i}: ${(error as Error).message}`);
      }
    }
    expect(unexpected).toEqual([]);
  });
});
