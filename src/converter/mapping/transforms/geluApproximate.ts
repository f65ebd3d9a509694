import type { ValueTransform } from './types';

/** nn.GELU: torch's approximate='none'|'tanh' is MindSpore's approximate=False|True. */
export const geluApproximate: ValueTransform = {
  description: "approximate 'none' -> False, 'tanh' -> True (nn.GELU)",
  emits: param => [param],
  apply({ value, param }) {
    if (value.kind === 'str' && (value.value === 'none' || value.value === 'tanh')) {
      return { args: [{ name: param, text: value.value === 'tanh' ? 'True' : 'False' }] };
    }
    if (value.kind === 'expr') {
      return { args: [{ name: param, text: `(${value.text}) == 'tanh'` }] };
    }
    return { unsupported: `approximate=${value.text} is not 'none' or 'tanh'` };
  }
};
