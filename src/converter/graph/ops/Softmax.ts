import { py } from '../codegen/python';
import { normalizeAxis, product } from '../ir/shapes';
import { call, expression, keywordUnless, layer } from './support/emit';
import { NodeView, OpMapper } from './types';

/** Softmax and LogSoftmax: one axis from opset 13; before, the input is flattened to 2-D at `axis`. */
export function softmaxMapper(opType: 'Softmax' | 'LogSoftmax', fn: string, cls: string): OpMapper {
  return {
    opType,
    sinceVersions: [1, 11, 13],
    infer: n => [n.info(0)],
    emit(n: NodeView) {
      const rank = n.rank(0);
      const axis = normalizeAxis(n.attrs.int('axis', n.opset >= 13 ? -1 : 1), rank);
      const last = axis === rank - 1;
      const axisValue = py.int(last ? -1 : axis);
      if (n.opset >= 13 || last) {
        return n.preferLayer ? layer(cls, keywordUnless('axis', axisValue, py.int(-1))) : call(fn, a => [a[0].expr, ['axis', axisValue]]);
      }
      const shape = n.shape(0);
      const flat = `(${product(shape.slice(0, axis))}, ${product(shape.slice(axis))})`;
      return expression(fn, a => `ops.reshape(${fn}(ops.reshape(${a[0].expr}, ${flat}), axis=-1), (${shape.join(', ')}))`);
    }
  };
}

export const Softmax = softmaxMapper('Softmax', 'ops.softmax', 'nn.Softmax');
