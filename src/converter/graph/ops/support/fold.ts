/** Constant evaluation on small tensors (shape computations, Constant chains), shared by the ops' fold(). */
import { DType, isInteger } from '../../onnx/dtypes';
import { broadcastShapes, product, strides } from '../../ir/shapes';
import { ConstTensor, FOLD_LIMIT } from '../../ir/tensor';
import { unsupported } from '../types';

export function checkFoldSize(dims: readonly number[]): void {
  if (dims.some(d => d < 0) || product(dims) > FOLD_LIMIT) {
    unsupported('too large to evaluate at conversion time');
  }
}

/** Element-wise map over broadcast inputs. */
export function broadcastMap(inputs: ConstTensor[], dtype: DType, f: (...values: number[]) => number): ConstTensor {
  const dims = broadcastShapes(...inputs.map(t => t.dims));
  checkFoldSize(dims);
  const size = product(dims);
  const outStrides = strides(dims);
  const sources = inputs.map(t => {
    const own = strides(t.dims);
    const offset = dims.length - t.dims.length;
    return { values: t.values(), map: dims.map((_, axis) => (axis < offset || t.dims[axis - offset] === 1 ? 0 : own[axis - offset])) };
  });
  const out = new Array<number>(size);
  const args = new Array<number>(inputs.length);
  for (let i = 0; i < size; i++) {
    for (let s = 0; s < sources.length; s++) {
      let index = 0;
      let rest = i;
      for (let axis = 0; axis < dims.length; axis++) {
        const coordinate = Math.floor(rest / outStrides[axis]);
        rest -= coordinate * outStrides[axis];
        index += coordinate * sources[s].map[axis];
      }
      args[s] = sources[s].values[index];
    }
    out[i] = f(...args);
  }
  return ConstTensor.fromValues(dtype, dims, isInteger(dtype) ? out.map(truncateInt) : out);
}

function truncateInt(v: number): number {
  return Number.isFinite(v) ? Math.trunc(v) : v;
}

export function transposeTensor(t: ConstTensor, perm: number[]): ConstTensor {
  const dims = perm.map(p => t.dims[p]);
  return ConstTensor.lazy(t.dtype, dims, () => transposedBytes(t, perm, dims));
}

function transposedBytes(t: ConstTensor, perm: number[], dims: number[]): Uint8Array {
  const size = t.size;
  const inStrides = strides(t.dims);
  const outStrides = strides(dims);
  const itemSize = t.bytes().length / Math.max(size, 1);
  const source = t.bytes();
  const out = new Uint8Array(source.length);
  for (let i = 0; i < size; i++) {
    let rest = i;
    let from = 0;
    for (let axis = 0; axis < dims.length; axis++) {
      const coordinate = Math.floor(rest / outStrides[axis]);
      rest -= coordinate * outStrides[axis];
      from += coordinate * inStrides[perm[axis]];
    }
    out.set(source.subarray(from * itemSize, (from + 1) * itemSize), i * itemSize);
  }
  return out;
}

/** Elements along `axis` at the given indices (numpy take). */
export function takeAlong(t: ConstTensor, axis: number, indices: number[], indexDims: number[]): ConstTensor {
  const dims = [...t.dims.slice(0, axis), ...indexDims, ...t.dims.slice(axis + 1)];
  checkFoldSize(dims);
  const outer = product(t.dims.slice(0, axis));
  const inner = product(t.dims.slice(axis + 1));
  const values = t.values();
  const out: number[] = [];
  for (let o = 0; o < outer; o++) {
    for (const raw of indices) {
      const index = raw < 0 ? raw + t.dims[axis] : raw;
      if (index < 0 || index >= t.dims[axis]) unsupported(`index ${raw} is out of range`);
      for (let i = 0; i < inner; i++) out.push(values[(o * t.dims[axis] + index) * inner + i]);
    }
  }
  return ConstTensor.fromValues(t.dtype, dims, out);
}

/** Concatenation along an axis. */
export function concatTensors(parts: ConstTensor[], axis: number): ConstTensor {
  const dims = parts[0].dims.slice();
  dims[axis] = parts.reduce((sum, p) => sum + p.dims[axis], 0);
  checkFoldSize(dims);
  const outer = product(dims.slice(0, axis));
  const out: number[] = [];
  for (let o = 0; o < outer; o++) {
    for (const part of parts) {
      const chunk = product(part.dims.slice(axis));
      const values = part.values();
      for (let i = 0; i < chunk; i++) out.push(values[o * chunk + i]);
    }
  }
  return ConstTensor.fromValues(parts[0].dtype, dims, out);
}

/** Same data, new shape (no copy). */
export function reshapeTensor(t: ConstTensor, dims: number[]): ConstTensor {
  return t.reshaped(dims);
}

/** Values converted to another element type (ONNX Cast semantics for numbers). */
export function castTensor(t: ConstTensor, dtype: DType): ConstTensor {
  const values = Array.from(t.values(), v => {
    if (dtype === 'bool') return v !== 0 ? 1 : 0;
    if (isInteger(dtype)) return Number.isFinite(v) ? Math.trunc(v) : 0;
    return dtype === 'float32' ? Math.fround(v) : v;
  });
  return ConstTensor.fromValues(dtype, t.dims, values);
}

/** `t` broadcast to `dims` (numpy rules, as Expand). */
export function expandTensor(t: ConstTensor, dims: number[]): ConstTensor {
  const out = broadcastShapes(t.dims, dims);
  checkFoldSize(out);
  const shaped = ConstTensor.fromValues(t.dtype, out, new Array<number>(product(out)).fill(0));
  return broadcastMap([t, shaped], t.dtype, v => v);
}
