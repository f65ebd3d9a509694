import { isAtomic } from '../pyValue';
import type { ValueTransform } from './types';

/** `1 - m` for decimal literals without float noise: 0.1 -> 0.9, 0.7 -> 0.3. */
export function decimalOneMinus(text: string): string | undefined {
  const match = /^(\d*)\.(\d+)$|^(\d+)$/.exec(text);
  if (!match) {
    return undefined;
  }
  const digits = match[2] ?? '';
  const scale = 10 ** digits.length;
  const scaled = Number((match[1] || match[3] || '0') + digits);
  const result = scale - scaled;
  if (!Number.isSafeInteger(result) || digits.length > 12) {
    return undefined;
  }
  const sign = result < 0 ? '-' : '';
  const padded = String(Math.abs(result)).padStart(digits.length + 1, '0');
  const whole = padded.slice(0, padded.length - digits.length);
  const fraction = padded.slice(padded.length - digits.length).replace(/0+$/, '');
  return `${sign}${whole}.${fraction || '0'}`;
}

/** BatchNorm momentum: torch weighs the new batch statistic, MindSpore the running one. */
export const oneMinus: ValueTransform = {
  description: "x -> 1 - x (BatchNorm momentum: torch's 0.1 is MindSpore's 0.9); None is unsupported",
  emits: param => [param],
  apply({ value, param }) {
    if (value.kind === 'none') {
      return { unsupported: `${param}=None (cumulative moving average) has no MindSpore counterpart` };
    }
    if (value.kind === 'int' || value.kind === 'float') {
      const computed = decimalOneMinus(value.text);
      if (computed !== undefined) {
        return { args: [{ name: param, text: computed }] };
      }
    }
    const operand = isAtomic(value) ? value.text : `(${value.text})`;
    return { args: [{ name: param, text: `1 - ${operand}` }] };
  }
};
