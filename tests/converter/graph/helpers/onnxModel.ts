/**
 * Builds small ONNX models for the op tests with graph mode's own protobufjs
 * schema (the same facts, encoding instead of decoding).
 */
import { DTYPES, DType } from '../../../../src/converter/graph/onnx/dtypes';
import { ModelProtoType } from '../../../../src/converter/graph/onnx/schema';

export interface TensorSpec {
  name: string;
  /** Absent: no shape declared (graph outputs left to inference). */
  shape?: (number | string)[];
  dtype?: DType;
}

export interface InitializerSpec {
  name: string;
  dims: number[];
  dtype?: DType;
  /** Element values (default: a deterministic ramp). */
  values?: number[];
}

/** Attribute values: int, float(), number[] (ints), floats(), string, tensor(). */
export type AttrValue = number | number[] | string | { float: number } | { floats: number[] } | { tensor: InitializerSpec } | { strings: string[] };

export const float = (value: number) => ({ float: value });
export const floats = (values: number[]) => ({ floats: values });
export const tensor = (spec: Omit<InitializerSpec, 'name'>) => ({ tensor: { name: '', ...spec } });

export interface NodeSpec {
  op: string;
  inputs: string[];
  outputs: string[];
  attrs?: Record<string, AttrValue>;
  name?: string;
  domain?: string;
}

export interface ModelSpec {
  opset?: number;
  inputs: TensorSpec[];
  outputs: TensorSpec[];
  nodes: NodeSpec[];
  initializers?: InitializerSpec[];
}

function rawData(spec: InitializerSpec): Uint8Array {
  const dtype = spec.dtype ?? 'float32';
  const count = spec.dims.reduce((a, b) => a * b, 1);
  const values = spec.values ?? Array.from({ length: count }, (_, i) => (i % 7) * 0.25 - 0.5);
  if (values.length !== count) throw new Error(`${spec.name}: ${values.length} values for dims ${spec.dims}`);
  const view = new DataView(new ArrayBuffer(count * DTYPES[dtype].size));
  values.forEach((v, i) => {
    switch (dtype) {
      case 'float32':
        return view.setFloat32(i * 4, v, true);
      case 'float64':
        return view.setFloat64(i * 8, v, true);
      case 'int64':
        return view.setBigInt64(i * 8, BigInt(v), true);
      case 'int32':
        return view.setInt32(i * 4, v, true);
      case 'int8':
        return view.setInt8(i, v);
      case 'uint8':
      case 'bool':
        return view.setUint8(i, v);
      default:
        throw new Error(`no encoder for ${dtype}`);
    }
  });
  return new Uint8Array(view.buffer);
}

function tensorProto(spec: InitializerSpec) {
  return { name: spec.name, dims: spec.dims, dataType: DTYPES[spec.dtype ?? 'float32'].onnx, rawData: rawData(spec) };
}

function attribute(name: string, value: AttrValue) {
  if (typeof value === 'number') return { name, type: 2, i: value };
  if (typeof value === 'string') return { name, type: 3, s: new TextEncoder().encode(value) };
  if (Array.isArray(value)) return { name, type: 7, ints: value };
  if ('float' in value) return { name, type: 1, f: value.float };
  if ('floats' in value) return { name, type: 6, floats: value.floats };
  if ('strings' in value) return { name, type: 8, strings: value.strings.map(s => new TextEncoder().encode(s)) };
  return { name, type: 4, t: tensorProto(value.tensor) };
}

function valueInfo(spec: TensorSpec) {
  return {
    name: spec.name,
    type: {
      tensorType: {
        elemType: DTYPES[spec.dtype ?? 'float32'].onnx,
        ...(spec.shape ? { shape: { dim: spec.shape.map(d => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) } } : {})
      }
    }
  };
}

export function onnxModel(spec: ModelSpec): Uint8Array {
  const message = ModelProtoType.fromObject({
    irVersion: 8,
    producerName: 'graph-mode tests',
    opsetImport: [{ domain: '', version: spec.opset ?? 13 }],
    graph: {
      name: 'test',
      node: spec.nodes.map((n, i) => ({
        name: n.name ?? `/${n.op}_${i}`,
        opType: n.op,
        domain: n.domain ?? '',
        input: n.inputs,
        output: n.outputs,
        attribute: Object.entries(n.attrs ?? {}).map(([k, v]) => attribute(k, v))
      })),
      initializer: (spec.initializers ?? []).map(tensorProto),
      input: spec.inputs.map(valueInfo),
      output: spec.outputs.map(valueInfo)
    }
  });
  return ModelProtoType.encode(message).finish();
}
