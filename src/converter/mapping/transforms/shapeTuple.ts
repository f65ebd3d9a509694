import { tupleText } from '../pyValue';
import type { ValueTransform } from './types';

/** A shape that torch accepts as an int and MindSpore only as a tuple or list. */
export const shapeTuple: ValueTransform = {
  description: 'an int shape n -> (n,); tuples and lists are kept; other expressions become (expr,) with a caveat',
  emits: param => [param],
  apply({ value, param }) {
    if (value.kind === 'tuple' || value.kind === 'list') {
      return { args: [{ name: param, text: value.text }] };
    }
    if (value.kind === 'int') {
      return { args: [{ name: param, text: tupleText([value.text]) }] };
    }
    if (value.kind === 'expr') {
      return {
        args: [{ name: param, text: tupleText([value.text]) }],
        note: `${param} ${value.text} is assumed to be an int (MindSpore needs a tuple)`
      };
    }
    return { unsupported: `${param}=${value.text} is not a shape` };
  }
};
