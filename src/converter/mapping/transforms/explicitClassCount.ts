import type { ValueTransform } from './types';

/**
 * one_hot's `num_classes`: torch's default -1 infers the class count from the
 * data (max + 1), which MindSpore's `depth` has no counterpart for; the call
 * converts only when the count is given.
 */
export const explicitClassCount: ValueTransform = {
  description: 'passes the value through; -1 (also as the omitted default: torch infers the count from the data) makes the call unsupported',
  emits: param => [param],
  apply({ value, param, torchParam }) {
    if (value.kind === 'int' && value.value === -1) {
      return { unsupported: `${torchParam ?? param}=-1 infers the class count from the data, which MindSpore cannot: give it explicitly` };
    }
    return { args: [{ name: param, text: value.text }] };
  }
};
