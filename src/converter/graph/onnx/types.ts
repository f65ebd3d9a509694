/**
 * The decoded ONNX messages as graph mode reads them: protobufjs message
 * instances (unset fields read their defaults), typed by hand. int64 fields
 * arrive as numbers or as long.js Longs depending on the environment, so they
 * are read through `int64`.
 */
export interface LongLike {
  low: number;
  high: number;
  unsigned: boolean;
  toNumber(): number;
}
export type Int64 = number | LongLike;

export interface StringStringEntry {
  key: string;
  value: string;
}

export interface OperatorSetId {
  domain: string;
  version: Int64;
}

export interface Dimension {
  dimValue?: Int64;
  dimParam?: string;
}

export interface TypeProto {
  tensorType?: { elemType: number; shape?: { dim: Dimension[] } };
  sequenceType?: unknown;
  mapType?: unknown;
  optionalType?: unknown;
  sparseTensorType?: unknown;
}

export interface ValueInfo {
  name: string;
  type?: TypeProto;
}

export interface TensorProto {
  dims: Int64[];
  dataType: number;
  name: string;
  rawData: Uint8Array;
  floatData: number[];
  int32Data: number[];
  int64Data: Int64[];
  doubleData: number[];
  uint64Data: Int64[];
  stringData: Uint8Array[];
  externalData: StringStringEntry[];
  dataLocation: number;
  segment?: unknown;
}

export interface AttributeProto {
  name: string;
  type: number;
  f: number;
  i: Int64;
  s: Uint8Array;
  t?: TensorProto;
  g?: GraphProto;
  floats: number[];
  ints: Int64[];
  strings: Uint8Array[];
  tensors: TensorProto[];
  graphs: GraphProto[];
  refAttrName: string;
}

export interface NodeProto {
  input: string[];
  output: string[];
  name: string;
  opType: string;
  domain: string;
  attribute: AttributeProto[];
}

export interface GraphProto {
  node: NodeProto[];
  name: string;
  initializer: TensorProto[];
  sparseInitializer: unknown[];
  input: ValueInfo[];
  output: ValueInfo[];
  valueInfo: ValueInfo[];
}

export interface ModelProto {
  irVersion: Int64;
  producerName: string;
  producerVersion: string;
  opsetImport: OperatorSetId[];
  graph?: GraphProto;
  functions: unknown[];
  metadataProps: StringStringEntry[];
}

/** An int64 field as a JS number (exact up to 2^53; larger magnitudes only matter as "huge"). */
export function int64(value: Int64 | undefined | null): number {
  if (value === undefined || value === null) {
    return 0;
  }
  return typeof value === 'number' ? value : value.toNumber();
}
