import type { ValueTransform } from './types';

/**
 * For parameters whose torch default None means "chosen implicitly" (e.g.
 * softmax's deprecated implicit dim), which MindSpore has no counterpart for:
 * the call converts only when a value is given.
 */
export const notNone: ValueTransform = {
  description: 'passes the value through; None (also as the omitted default) makes the call unsupported',
  emits: param => [param],
  apply({ value, param, torchParam }) {
    if (value.kind === 'none') {
      return { unsupported: `${torchParam ?? param} must be given explicitly: torch chooses it implicitly when it is None` };
    }
    return { args: [{ name: param, text: value.text }] };
  }
};
