import { DTYPES } from '../onnx/dtypes';
import { normalizeAxis } from '../ir/shapes';
import { call } from './support/emit';
import { scalarText } from './support/literals';
import { NodeView, OpMapper, unsupported } from './types';

function depthOf(n: NodeView): number {
  const depth = n.constant(1);
  if (!depth) unsupported('a depth computed at run time');
  return depth.values()[0];
}

export const OneHot: OpMapper = {
  opType: 'OneHot',
  sinceVersions: [9, 11],
  infer(n) {
    const shape = n.shape(0).slice();
    const axis = normalizeAxis(n.attrs.int('axis', -1), shape.length + 1);
    shape.splice(axis, 0, depthOf(n));
    return [{ dtype: n.dtype(2), shape }];
  },
  emit(n) {
    const values = n.constant(2);
    if (!values) unsupported('on/off values computed at run time');
    const [off, on] = values.toArray();
    const axis = n.attrs.int('axis', -1);
    const literal = (v: number) => `Tensor(${scalarText(values, v)}, ${DTYPES[values.dtype].mindspore})`;
    return call('ops.one_hot', a => [a[0].expr, String(depthOf(n)), literal(on), literal(off), ['axis', { py: 'int', value: axis }]]);
  }
};
