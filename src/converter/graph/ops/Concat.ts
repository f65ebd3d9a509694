import { normalizeAxis } from '../ir/shapes';
import { call } from './support/emit';
import { concatTensors } from './support/fold';
import { NodeView, OpMapper, unsupported } from './types';

function axisOf(n: NodeView): number {
  return normalizeAxis(n.attrs.required(n.attrs.int('axis'), 'axis'), n.rank(0));
}

export const Concat: OpMapper = {
  opType: 'Concat',
  sinceVersions: [4, 11, 13],
  infer(n) {
    const axis = axisOf(n);
    const shapes = n.node.inputs.map((_, i) => n.shape(i));
    const shape = shapes[0].slice();
    shape[axis] = shapes.some(s => s[axis] === -1) ? -1 : shapes.reduce((sum, s) => sum + s[axis], 0);
    if (shapes.some(s => s.length !== shape.length)) unsupported('inputs of different ranks');
    return [{ dtype: n.dtype(0), shape }];
  },
  fold: n => [concatTensors(n.node.inputs.map((_, i) => n.constant(i)!), axisOf(n))],
  emit(n) {
    const axis = axisOf(n);
    if (n.inputCount === 1) return call('ops.cat', a => [`(${a[0].expr},)`, ['axis', { py: 'int', value: axis }]]);
    return call('ops.cat', a => [`(${a.map(x => x.expr).join(', ')})`, ['axis', { py: 'int', value: axis }]]);
  }
};
