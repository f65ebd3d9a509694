import { py } from '../codegen/python';
import { isFloat } from '../onnx/dtypes';
import { normalizeAxis } from '../ir/shapes';
import { call, expression, layer, paramFrom, positional } from './support/emit';
import { takeAlong } from './support/fold';
import { NodeView, OpMapper } from './types';

const axisOf = (n: NodeView) => normalizeAxis(n.attrs.int('axis', 0), n.rank(0));

export const Gather: OpMapper = {
  opType: 'Gather',
  sinceVersions: [1, 11, 13],
  infer(n) {
    const data = n.shape(0);
    const axis = axisOf(n);
    return [{ dtype: n.dtype(0), shape: [...data.slice(0, axis), ...n.shape(1), ...data.slice(axis + 1)] }];
  },
  fold(n) {
    const indices = n.constant(1)!;
    return [takeAlong(n.constant(0)!, axisOf(n), indices.toArray(), indices.dims)];
  },
  emit(n) {
    const axis = axisOf(n);
    const table = paramFrom(n, 0, 'embedding_table');
    // A lookup in a constant 2-D float table by computed ids is an embedding layer.
    if (table && axis === 0 && n.rank(0) === 2 && isFloat(n.dtype(0)) && !n.constant(1)) {
      const [vocab, dim] = n.shape(0);
      return layer('nn.Embedding', [positional('vocab_size', py.int(vocab)), positional('embedding_size', py.int(dim))], [table], [1]);
    }
    const index = n.constant(1);
    if (index && index.rank === 0 && index.evaluable) {
      const prefix = Array.from({ length: axis }, () => ':');
      return expression('Tensor.__getitem__', a => `${a[0].expr}[${[...prefix, String(index.values()[0])].join(', ')}]`);
    }
    return call('ops.gather', a => [a[0].expr, a[1].expr, String(axis)]);
  }
};
