import { normalizeAxis } from '../ir/shapes';
import { call, CallPart, callText, expression } from './support/emit';
import { NodeView, OpMapper } from './types';

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

    infer: n => [{ dtype: 'int64', shape: shapeOf(n) }],
    emit(n) {
      const axis = normalizeAxis(n.attrs.int('axis', 0), n.rank(0));
      const keep = n.attrs.int('keepdims', 1) === 1;
      const parts = (x: string): CallPart[] => [x, [keywords[0], { py: 'int', value: axis }], [keywords[1], { py: 'bool', value: keep }]];
      if (n.attrs.int('select_last_index', 0) === 1) {
        // The last index of the extreme value is the first one in the flipped tensor, counted from the end.
        return expression(fn, a => `${n.shape(0)[axis] - 1} - ${callText(fn, parts(`ops.flip(${a[0].expr}, (${axis},))`))}`);
      }
      return call(fn, a => parts(a[0].expr));
    }
  };
}

export const ArgMax = argMapper('ArgMax', 'ops.argmax', ['dim', 'keepdim']);
