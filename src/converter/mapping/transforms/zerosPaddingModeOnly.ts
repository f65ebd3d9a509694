import type { ValueTransform } from './types';

/** Conv padding_mode: MindSpore's nn.Conv layers only pad with zeros. */
export const zerosPaddingModeOnly: ValueTransform = {
  description: "padding_mode: 'zeros' is dropped (MindSpore pads with zeros); any other mode is unsupported",
  emits: () => [],
  apply({ value }) {
    if (value.kind === 'str' && value.value === 'zeros') {
      return { args: [] };
    }
    return { unsupported: `padding_mode=${value.text}: MindSpore's Conv layers only pad with zeros` };
  }
};
