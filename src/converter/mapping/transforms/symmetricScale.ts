import type { PyValue } from '../pyValue';
import type { ValueTransform } from './types';

/** Whether `low` is spelled as the negation of `high`: `-r` / `r`, `-0.1` / `0.1`, `-(a + b)` / `a + b`. */
function negates(low: PyValue, high: PyValue): boolean {
  if ((low.kind === 'int' || low.kind === 'float') && (high.kind === 'int' || high.kind === 'float')) {
    return low.value === -high.value;
  }
  const text = low.text.replace(/\s+/g, '');
  const other = high.text.replace(/\s+/g, '');
  return text === `-${other}` || text === `-(${other})`;
}

/**
 * nn.init.uniform_'s upper bound `b` -> Uniform's `scale`: MindSpore's Uniform
 * draws from (-scale, scale), so the call converts only when the lower bound
 * `a` is the negation of `b` (`uniform_(w, -r, r)`); `a` itself is dropped.
 */
export const symmetricScale: ValueTransform = {
  description: "uniform_'s b -> scale when a is written as -b (MindSpore's Uniform is symmetric); any other a is unsupported",
  emits: param => [param],
  apply({ value, param, argument }) {
    const low = argument?.('a');
    if (!low || !negates(low, value)) {
      return {
        unsupported: `uniform_ from ${low?.text ?? 'a'} to ${value.text}: MindSpore's Uniform(scale) draws from (-scale, scale), so a must be -b`
      };
    }
    return { args: [{ name: param, text: value.text }] };
  }
};
