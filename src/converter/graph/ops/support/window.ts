/** Kernel windows of Conv/ConvTranspose/pooling ops: attributes, output sizes, MindSpore padding arguments. */
import { py, PyValue } from '../../codegen/python';
import { NodeView, unsupported } from '../types';

export interface Window {
  kernel: number[];
  strides: number[];
  dilations: number[];
  padsBegin: number[];
  padsEnd: number[];
  /** ONNX auto_pad: NOTSET, SAME_UPPER, SAME_LOWER or VALID. */
  autoPad: string;
  ceil: boolean;
  /** Output spatial dims. */
  output: number[];
}

/** Reads kernel_shape/strides/dilations/pads/auto_pad/ceil_mode for an input of the given spatial dims. */
export function readWindow(n: NodeView, spatialIn: number[], kernel: number[], transposed = false): Window {
  const dims = spatialIn.length;
  const ones = new Array<number>(dims).fill(1);
  const strides = n.attrs.ints('strides', ones);
  const dilations = n.attrs.ints('dilations', ones);
  const autoPad = n.attrs.string('auto_pad', 'NOTSET');
  const ceil = n.attrs.int('ceil_mode', 0) === 1;
  if (kernel.length !== dims || strides.length !== dims || dilations.length !== dims) {
    unsupported(`kernel/strides/dilations do not match the input's ${dims} spatial dims`);
  }
  const pads = n.attrs.ints('pads', new Array<number>(2 * dims).fill(0));
  let padsBegin = pads.slice(0, dims);
  let padsEnd = pads.slice(dims);
  const output: number[] = [];
  for (let i = 0; i < dims; i++) {
    const span = (kernel[i] - 1) * dilations[i] + 1;
    if (autoPad === 'SAME_UPPER' || autoPad === 'SAME_LOWER') {
      const out = Math.ceil(spatialIn[i] / strides[i]);
      const total = Math.max((out - 1) * strides[i] + span - spatialIn[i], 0);
      const small = Math.floor(total / 2);
      padsBegin[i] = autoPad === 'SAME_UPPER' ? small : total - small;
      padsEnd[i] = total - padsBegin[i];
      output.push(out);
    } else if (autoPad === 'VALID') {
      padsBegin[i] = 0;
      padsEnd[i] = 0;
      output.push(Math.floor((spatialIn[i] - span) / strides[i]) + 1);
    } else {
      const padded = spatialIn[i] + padsBegin[i] + padsEnd[i] - span;
      let out = (ceil ? Math.ceil(padded / strides[i]) : Math.floor(padded / strides[i])) + 1;
      // With ceil_mode, a last window that starts in the end padding is dropped (as torch and onnxruntime do).
      if (ceil && (out - 1) * strides[i] >= spatialIn[i] + padsBegin[i]) out -= 1;
      output.push(out);
    }
  }
  if (!transposed && output.some(d => d <= 0)) {
    unsupported(`the window does not fit the input: output size [${output.join(', ')}]`);
  }
  padsBegin = padsBegin.slice();
  padsEnd = padsEnd.slice();
  return { kernel, strides, dilations, padsBegin, padsEnd, autoPad, ceil, output };
}

/** `3` when every entry is 3, else the tuple. */
export function intOrTuple(values: readonly number[]): PyValue {
  return values.every(v => v === values[0]) ? py.int(values[0]) : py.ints(values);
}

export const hasPadding = (w: Window) => w.padsBegin.some(p => p > 0) || w.padsEnd.some(p => p > 0);
export const symmetric = (w: Window) => w.padsBegin.every((p, i) => p === w.padsEnd[i]);

/**
 * MindSpore's `padding` for Conv2d/Conv3d in pad mode: (top, bottom, left, right) or
 * (head, tail, top, bottom, left, right); an int when all sides are equal.
 */
export function convPadding(w: Window): PyValue {
  const pairs = w.padsBegin.flatMap((p, i) => [p, w.padsEnd[i]]);
  return intOrTuple(pairs);
}
