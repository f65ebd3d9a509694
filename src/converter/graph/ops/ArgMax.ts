import { normalizeAxis } from '../ir/shapes';
import { call } from './support/emit';
import { NodeView, OpMapper, unsupported } from './types';

/** ArgMax and ArgMin share everything but the function. */
export function argMapper(opType: 'ArgMax' | 'ArgMin', fn: string, keywords: [string, string]): OpMapper {
  const shapeOf = (n: NodeView) => {
    const axis = normalizeAxis(n.attrs.int('axis', 0), n.rank(0));
    const keep = n.attrs.int('keepdims', 1) === 1;
    return n.shape(0).flatMap((d, i) => (i === axis ? (keep ? [1] : []) : [d]));
  };
  return {
    opType,
    sinceVersions: [1, 11, 12, 13],
    restrictions: 'select_last_index=1 is not converted',
    infer: n => [{ dtype: 'int64', shape: shapeOf(n) }],
    emit(n) {
      if (n.attrs.int('select_last_index', 0) === 1) unsupported('select_last_index=1');
      const axis = normalizeAxis(n.attrs.int('axis', 0), n.rank(0));
      const keep = n.attrs.int('keepdims', 1) === 1;
      return call(fn, a => [a[0].expr, [keywords[0], { py: 'int', value: axis }], [keywords[1], { py: 'bool', value: keep }]]);
    }
  };
}

export const ArgMax = argMapper('ArgMax', 'ops.argmax', ['dim', 'keepdim']);
