import { normalizeAxis, strides } from '../ir/shapes';
import { ConstTensor } from '../ir/tensor';
import { expression } from './support/emit';
import { checkFoldSize } from './support/fold';
import { NodeView, OpMapper, unsupported } from './types';

interface AxisSlice {
  axis: number;
  start: number;
  end: number;
  step: number;
  length: number;
}

/** Per-axis slices with ONNX's clamping rules, from attributes (opset < 10) or constant inputs. */
function slices(n: NodeView): AxisSlice[] {
  const shape = n.shape(0);
  const old = n.opset < 10;
  const starts = old ? n.attrs.required(n.attrs.ints('starts'), 'starts') : n.constInts(1, 'starts');
  const ends = old ? n.attrs.required(n.attrs.ints('ends'), 'ends') : n.constInts(2, 'ends');
  const axes = (old ? n.attrs.ints('axes') : n.has(3) ? n.constInts(3, 'axes') : undefined) ?? starts.map((_, i) => i);
  const steps = (!old && n.has(4) ? n.constInts(4, 'steps') : undefined) ?? starts.map(() => 1);
  return axes.map((a, i) => {
    const axis = normalizeAxis(a, shape.length);
    const dim = shape[axis];
    const step = steps[i];
    if (step === 0) unsupported('a step of 0');
    if (dim < 0) unsupported('slicing an axis of unknown size');
    let start = starts[i] < 0 ? starts[i] + dim : starts[i];
    let end = ends[i] < 0 ? ends[i] + dim : ends[i];
    if (step > 0) {
      start = Math.min(Math.max(start, 0), dim);
      end = Math.min(Math.max(end, 0), dim);
    } else {
      start = Math.min(Math.max(start, -1), dim - 1);
      end = Math.min(Math.max(end, -1), dim - 1);
    }
    const length = Math.max(0, Math.ceil((end - start) / step));
    return { axis, start, end, step, length };
  });
}

function outputShape(n: NodeView): number[] {
  const shape = n.shape(0).slice();
  for (const s of slices(n)) shape[s.axis] = s.length;
  return shape;
}

function sliceText(s: AxisSlice, dim: number): string {
  const start = (s.step > 0 && s.start === 0) || (s.step < 0 && s.start === dim - 1) ? '' : String(s.start);
  const end = (s.step > 0 && s.end === dim) || (s.step < 0 && s.end === -1) ? '' : String(s.end);
  return `${start}:${end}${s.step === 1 ? '' : `:${s.step}`}`;
}

export const Slice: OpMapper = {
  opType: 'Slice',
  sinceVersions: [1, 10, 11, 13],
  infer: n => [{ dtype: n.dtype(0), shape: outputShape(n) }],
  fold(n) {
    const input = n.constant(0)!;
    const out = outputShape(n);
    checkFoldSize(out);
    const per = slices(n);
    const inStrides = strides(input.dims);
    const outStrides = strides(out);
    const values = input.values();
    const result: number[] = [];
    const total = out.reduce((p, d) => p * d, 1);
    for (let i = 0; i < total; i++) {
      let offset = 0;
      let rest = i;
      for (let axis = 0; axis < out.length; axis++) {
        const c = Math.floor(rest / outStrides[axis]);
        rest -= c * outStrides[axis];
        const s = per.find(p => p.axis === axis);
        offset += (s ? s.start + c * s.step : c) * inStrides[axis];
      }
      result.push(values[offset]);
    }
    return [ConstTensor.fromValues(input.dtype, out, result)];
  },
  emit(n) {
    const shape = n.shape(0);
    const per = slices(n);
    const last = Math.max(...per.map(s => s.axis));
    const parts = Array.from({ length: last + 1 }, (_, axis) => {
      const s = per.find(p => p.axis === axis);
      return s ? sliceText(s, shape[axis]) : ':';
    });
    // x[:, :H, :W] of a tensor already H x W (Swin's un-padding): the tensor itself.
    if (parts.every(p => p === ':')) return expression('identity', a => a[0].expr);
    return expression('Tensor.__getitem__', a => `${a[0].expr}[${parts.join(', ')}]`);
  }
};
