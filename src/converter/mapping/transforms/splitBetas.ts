import type { ValueTransform } from './types';

/** Adam-style betas=(b1, b2) -> beta1=b1, beta2=b2. */
export const splitBetas: ValueTransform = {
  description: 'betas=(b1, b2) -> beta1=b1, beta2=b2 (a variable v gives v[0], v[1])',
  emits: () => ['beta1', 'beta2'],
  apply({ value }) {
    if (value.kind === 'tuple' || value.kind === 'list') {
      if (value.items.length !== 2) {
        return { unsupported: `betas=${value.text} should have two values` };
      }
      return { args: [{ name: 'beta1', text: value.items[0].text }, { name: 'beta2', text: value.items[1].text }] };
    }
    if (value.kind === 'expr') {
      const base = /^[\w.]+$/.test(value.text) ? value.text : `(${value.text})`;
      return { args: [{ name: 'beta1', text: `${base}[0]` }, { name: 'beta2', text: `${base}[1]` }] };
    }
    return { unsupported: `betas=${value.text} is not a pair` };
  }
};
