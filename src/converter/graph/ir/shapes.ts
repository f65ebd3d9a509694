/** Shape arithmetic shared by the op mappers' inference. */
import { unsupported } from '../ops/types';

/** Numpy-style broadcasting of several shapes (unknown dims, -1, broadcast to the other side). */
export function broadcastShapes(...shapes: number[][]): number[] {
  const rank = Math.max(...shapes.map(s => s.length));
  const out: number[] = [];
  for (let axis = 0; axis < rank; axis++) {
    let dim = 1;
    for (const shape of shapes) {
      const d = shape[axis - rank + shape.length] ?? 1;
      if (d === 1) continue;
      if (dim === 1 || dim === -1) dim = d;
      else if (d !== -1 && d !== dim) {
        unsupported(`shapes [${shapes.map(s => s.join(', ')).join('] and [')}] do not broadcast`);
      }
    }
    out.push(dim);
  }
  return out;
}

/** An axis in [0, rank), from ONNX's [-rank, rank). */
export function normalizeAxis(axis: number, rank: number): number {
  const a = axis < 0 ? axis + rank : axis;
  if (a < 0 || a >= rank) {
    unsupported(`axis ${axis} is out of range for rank ${rank}`);
  }
  return a;
}

export function product(dims: readonly number[]): number {
  return dims.reduce((p, d) => p * d, 1);
}

/** Row-major strides of a shape. */
export function strides(dims: readonly number[]): number[] {
  const out = new Array<number>(dims.length);
  let stride = 1;
  for (let i = dims.length - 1; i >= 0; i--) {
    out[i] = stride;
    stride *= dims[i];
  }
  return out;
}

/** True when `a` and `b` are the same list of numbers. */
export function sameInts(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
