import { tupleText } from '../pyValue';
import type { ValueTransform } from './types';

/** torch.zeros(2, 3) -> ops.zeros((2, 3)): sizes given one by one become one tuple; a single tuple or variable stays. */
export const varargsToTuple: ValueTransform = {
  description: 'var-positional sizes (2, 3) -> one tuple argument; one argument is passed as it is',
  emits: param => [param],
  apply({ value, param }) {
    if (value.kind !== 'varargs') {
      return { args: [{ name: param, text: value.text }] };
    }
    if (value.items.length === 1) {
      const only = value.items[0];
      return { args: [{ name: param, text: only.kind === 'int' ? tupleText([only.text]) : only.text }] };
    }
    if (value.items.some(item => item.text.startsWith('*'))) {
      return { unsupported: `sizes ${value.text} mix unpacked and single values` };
    }
    return { args: [{ name: param, text: tupleText(value.items.map(item => item.text)) }] };
  }
};
