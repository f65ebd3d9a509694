import { formatFloat } from '../codegen/python';
import { isFloat } from '../onnx/dtypes';
import { call, layer } from './support/emit';
import { scalarText } from './support/literals';
import { NodeView, OpMapper } from './types';
import { broadcastMap } from './support/fold';
import { ConstTensor } from '../ir/tensor';

function bounds(n: NodeView): { min?: number; max?: number; dynamic: boolean } {
  if (n.opset < 11) return { min: n.attrs.float('min'), max: n.attrs.float('max'), dynamic: false };
  const read = (i: number) => (n.has(i) ? n.constant(i) : undefined);
  const dynamic = (n.has(1) && !read(1)) || (n.has(2) && !read(2));
  return { min: read(1)?.values()[0], max: read(2)?.values()[0], dynamic };
}

export const Clip: OpMapper = {
  opType: 'Clip',
  sinceVersions: [6, 11, 12, 13],
  infer: n => [n.info(0)],
  fold(n) {
    const { min, max } = bounds(n);
    const x = n.constant(0)!;
    return [broadcastMap([x], x.dtype, v => Math.min(max ?? Infinity, Math.max(min ?? -Infinity, v)))];
  },
  emit(n) {
    const { min, max, dynamic } = bounds(n);
    if (!dynamic && min === 0 && max === 6 && isFloat(n.dtype(0))) {
      return n.preferLayer ? layer('nn.ReLU6', []) : call('ops.relu6', a => [a[0].expr]);
    }
    const text = (value: number | undefined, i: number, a: { expr: string }[]) => {
      if (dynamic && n.has(i)) return a[i].expr;
      if (value === undefined) return 'None';
      return isFloat(n.dtype(0)) ? formatFloat(value, true) : scalarText(ConstTensor.scalar(n.dtype(0), value), value);
    };
    return call('ops.clamp', a => [a[0].expr, text(min, 1, a), text(max, 2, a)]);
  }
};
