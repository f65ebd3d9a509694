import { ConstTensor } from '../ir/tensor';
import { NodeView, OpMapper, unsupported } from './types';

function dims(n: NodeView): number[] {
  const shape = n.shape(0);
  const rank = shape.length;
  const clamp = (v: number) => Math.min(Math.max(v < 0 ? v + rank : v, 0), rank);
  const start = clamp(n.attrs.int('start', 0));
  const end = clamp(n.attrs.int('end', rank));
  return shape.slice(start, end);
}

/** Shapes are static after inference, so Shape is always a constant (unknown dims cannot be converted). */
export const Shape: OpMapper = {
  opType: 'Shape',
  sinceVersions: [1, 13, 15, 19, 21],
  foldsFromTypes: true,
  infer: n => [{ dtype: 'int64', shape: [dims(n).length] }],
  fold(n) {
    const d = dims(n);
    if (d.some(v => v < 0)) unsupported('the shape has dims unknown at conversion time');
    return [ConstTensor.fromValues('int64', [d.length], d)];
  },
  emit: () => unsupported('the shape has dims unknown at conversion time')
};
