import type { ValueTransform } from './types';

/**
 * Pooling layers: MindSpore's nn.MaxPool/AvgPool behave like torch's only
 * with pad_mode='pad' (their default 'valid' is TensorFlow's rule), and read
 * padding, dilation, ceil_mode, count_include_pad, divisor_override and
 * return_indices in that mode.
 */
export const poolPadding: ValueTransform = {
  description: "pooling padding: 0 -> dropped (valid), anything else -> pad_mode='pad' + padding",
  emits: param => ['pad_mode', param],
  apply({ value, param }) {
    if (value.kind === 'int' && value.value === 0) {
      return { args: [] };
    }
    return { args: [{ name: 'pad_mode', text: "'pad'" }, { name: param, text: value.text }] };
  }
};

export const padModeArg: ValueTransform = {
  description: "a pooling argument MindSpore applies only with pad_mode='pad': passed with pad_mode='pad'",
  emits: param => ['pad_mode', param],
  apply: ({ value, param }) => ({ args: [{ name: 'pad_mode', text: "'pad'" }, { name: param, text: value.text }] })
};
