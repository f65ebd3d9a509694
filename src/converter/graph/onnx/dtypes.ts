/** ONNX element types and what graph mode needs to know about each. */
export type DType =
  | 'float32'
  | 'float16'
  | 'bfloat16'
  | 'float64'
  | 'int8'
  | 'int16'
  | 'int32'
  | 'int64'
  | 'uint8'
  | 'uint16'
  | 'uint32'
  | 'uint64'
  | 'bool'
  | 'string'
  | 'complex64'
  | 'complex128';

interface DTypeFacts {
  onnx: number;
  /** Bytes per element in raw_data (0: not a fixed-size type). */
  size: number;
  /** The MindSpore dtype object, as spelled in generated code. */
  mindspore: string;
  /** `str(mindspore dtype)`, as MindSpore writes it into a checkpoint's tensor_type. */
  checkpoint: string;
}

export const DTYPES: Record<DType, DTypeFacts> = {
  float32: { onnx: 1, size: 4, mindspore: 'mstype.float32', checkpoint: 'Float32' },
  uint8: { onnx: 2, size: 1, mindspore: 'mstype.uint8', checkpoint: 'UInt8' },
  int8: { onnx: 3, size: 1, mindspore: 'mstype.int8', checkpoint: 'Int8' },
  uint16: { onnx: 4, size: 2, mindspore: 'mstype.uint16', checkpoint: 'UInt16' },
  int16: { onnx: 5, size: 2, mindspore: 'mstype.int16', checkpoint: 'Int16' },
  int32: { onnx: 6, size: 4, mindspore: 'mstype.int32', checkpoint: 'Int32' },
  int64: { onnx: 7, size: 8, mindspore: 'mstype.int64', checkpoint: 'Int64' },
  string: { onnx: 8, size: 0, mindspore: 'mstype.string', checkpoint: 'str' },
  bool: { onnx: 9, size: 1, mindspore: 'mstype.bool_', checkpoint: 'Bool' },
  float16: { onnx: 10, size: 2, mindspore: 'mstype.float16', checkpoint: 'Float16' },
  float64: { onnx: 11, size: 8, mindspore: 'mstype.float64', checkpoint: 'Float64' },
  uint32: { onnx: 12, size: 4, mindspore: 'mstype.uint32', checkpoint: 'UInt32' },
  uint64: { onnx: 13, size: 8, mindspore: 'mstype.uint64', checkpoint: 'UInt64' },
  complex64: { onnx: 14, size: 8, mindspore: 'mstype.complex64', checkpoint: 'Complex64' },
  complex128: { onnx: 15, size: 16, mindspore: 'mstype.complex128', checkpoint: 'Complex128' },
  bfloat16: { onnx: 16, size: 2, mindspore: 'mstype.bfloat16', checkpoint: 'BFloat16' }
};

const BY_ONNX = new Map<number, DType>(Object.entries(DTYPES).map(([name, facts]) => [facts.onnx, name as DType]));

/** The DType of an ONNX TensorProto.DataType number, or undefined for types graph mode does not handle (float8, int4, ...). */
export function dtypeOfOnnx(code: number): DType | undefined {
  return BY_ONNX.get(code);
}

export function isFloat(dtype: DType): boolean {
  return dtype === 'float32' || dtype === 'float16' || dtype === 'bfloat16' || dtype === 'float64';
}

export function isInteger(dtype: DType): boolean {
  return /^u?int/.test(dtype);
}
