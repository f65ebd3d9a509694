import { DTYPES, DType, isFloat } from '../onnx/dtypes';
import { elementCount } from '../onnx/decode';

/** Values of a constant tensor as plain numbers (int64 beyond 2^53 loses precision; only "huge" matters there). */
export type Numbers = ArrayLike<number>;

/** Constants above this many elements are never evaluated element by element (no folding, no literals). */
export const FOLD_LIMIT = 1 << 16;

/**
 * A constant tensor: an initializer or Constant node (bytes in the model
 * file, not copied) or a value computed by constant folding (numbers).
 */
export class ConstTensor {
  private cachedValues?: Numbers;
  private cachedBytes?: Uint8Array;
  private pendingBytes?: () => Uint8Array;

  private constructor(
    readonly dtype: DType,
    readonly dims: number[],
    bytes?: Uint8Array,
    values?: Numbers
  ) {
    this.cachedBytes = bytes;
    this.cachedValues = values;
  }

  static fromBytes(dtype: DType, dims: number[], bytes: Uint8Array): ConstTensor {
    return new ConstTensor(dtype, dims, bytes);
  }

  static fromValues(dtype: DType, dims: number[], values: Numbers): ConstTensor {
    return new ConstTensor(dtype, dims, undefined, values);
  }

  /** A tensor whose bytes are computed on first use (layout changes of large weights that may never be needed). */
  static lazy(dtype: DType, dims: number[], bytes: () => Uint8Array): ConstTensor {
    const tensor = new ConstTensor(dtype, dims);
    tensor.pendingBytes = bytes;
    return tensor;
  }

  static scalar(dtype: DType, value: number): ConstTensor {
    return new ConstTensor(dtype, [], undefined, [value]);
  }

  /** The same elements with another shape (no copy). */
  reshaped(dims: number[]): ConstTensor {
    if (this.pendingBytes) return ConstTensor.lazy(this.dtype, dims, () => this.bytes());
    return new ConstTensor(this.dtype, dims, this.cachedBytes, this.cachedValues);
  }

  get size(): number {
    return elementCount(this.dims);
  }

  get rank(): number {
    return this.dims.length;
  }

  /** Little-endian bytes (a view into the model file for initializers). */
  bytes(): Uint8Array {
    if (!this.cachedBytes && this.pendingBytes) {
      this.cachedBytes = this.pendingBytes();
      this.pendingBytes = undefined;
    }
    this.cachedBytes ??= encodeValues(this.dtype, this.values());
    return this.cachedBytes;
  }

  /** The elements as numbers; only for tensors up to FOLD_LIMIT elements. */
  values(): Numbers {
    if (!this.cachedValues) {
      if (this.size > FOLD_LIMIT) {
        throw new Error(`constant of ${this.size} elements is too large to evaluate`);
      }
      this.cachedValues = decodeValues(this.dtype, this.bytes());
    }
    return this.cachedValues;
  }

  /** True when every element can be read as a number (not strings, not too large). */
  get evaluable(): boolean {
    return this.size <= FOLD_LIMIT && this.dtype !== 'string' && !this.dtype.startsWith('complex');
  }

  /** The elements as a plain array (small tensors only). */
  toArray(): number[] {
    return Array.from(this.values());
  }

  get isFloat(): boolean {
    return isFloat(this.dtype);
  }
}

/** The bytes as an ArrayBuffer region that typed arrays of `size`-byte elements can view (copied only when misaligned). */
function viewable(bytes: Uint8Array, size: number): [ArrayBuffer, number, number] {
  if (bytes.byteOffset % size === 0) {
    return [bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length / size];
  }
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return [copy.buffer, 0, bytes.length / size];
}

function decodeValues(dtype: DType, bytes: Uint8Array): Numbers {
  const [buffer, offset, count] = viewable(bytes, Math.max(DTYPES[dtype].size, 1));
  switch (dtype) {
    case 'float32':
      return new Float32Array(buffer, offset, count);
    case 'float64':
      return new Float64Array(buffer, offset, count);
    case 'int8':
      return new Int8Array(buffer, offset, count);
    case 'uint8':
    case 'bool':
      return new Uint8Array(buffer, offset, count);
    case 'int16':
      return new Int16Array(buffer, offset, count);
    case 'uint16':
      return new Uint16Array(buffer, offset, count);
    case 'int32':
      return new Int32Array(buffer, offset, count);
    case 'uint32':
      return new Uint32Array(buffer, offset, count);
    case 'int64':
      return Array.from(new BigInt64Array(buffer, offset, count), Number);
    case 'uint64':
      return Array.from(new BigUint64Array(buffer, offset, count), Number);
    case 'float16':
      return Array.from(new Uint16Array(buffer, offset, count), halfToNumber);
    case 'bfloat16':
      return Array.from(new Uint16Array(buffer, offset, count), bits => new Float32Array(new Uint32Array([bits << 16]).buffer)[0]);
    default:
      throw new Error(`cannot evaluate a ${dtype} tensor`);
  }
}

function halfToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) {
    return sign * 2 ** -14 * (fraction / 1024);
  }
  if (exponent === 0x1f) {
    return fraction ? NaN : sign * Infinity;
  }
  return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}

function encodeValues(dtype: DType, values: Numbers): Uint8Array {
  const n = values.length;
  switch (dtype) {
    case 'float32':
      return new Uint8Array(Float32Array.from(values).buffer);
    case 'float64':
      return new Uint8Array(Float64Array.from(values).buffer);
    case 'int8':
      return new Uint8Array(Int8Array.from(values).buffer);
    case 'uint8':
    case 'bool':
      return Uint8Array.from(values);
    case 'int16':
      return new Uint8Array(Int16Array.from(values).buffer);
    case 'uint16':
      return new Uint8Array(Uint16Array.from(values).buffer);
    case 'int32':
      return new Uint8Array(Int32Array.from(values).buffer);
    case 'uint32':
      return new Uint8Array(Uint32Array.from(values).buffer);
    case 'int64': {
      const out = new BigInt64Array(n);
      for (let i = 0; i < n; i++) out[i] = clampInt64(BigInt(Math.trunc(values[i])));
      return new Uint8Array(out.buffer);
    }
    default:
      throw new Error(`cannot encode computed ${dtype} values`);
  }
}

const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);

function clampInt64(value: bigint): bigint {
  return value > INT64_MAX ? INT64_MAX : value < INT64_MIN ? INT64_MIN : value;
}
