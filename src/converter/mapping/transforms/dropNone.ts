import type { ValueTransform } from './types';

/** An optional argument MindSpore takes too, but where None is not accepted (e.g. a layer's dtype). */
export const dropNone: ValueTransform = {
  description: 'None -> argument dropped (MindSpore default applies); any other value is passed through',
  emits: param => [param],
  apply({ value, param }) {
    return value.kind === 'none' ? { args: [] } : { args: [{ name: param, text: value.text }] };
  }
};
