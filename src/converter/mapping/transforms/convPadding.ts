import { PyValue, tupleText } from '../pyValue';
import type { TransformResult, ValueTransform } from './types';

/**
 * torch Conv padding -> MindSpore `pad_mode` + `padding`. MindSpore's Conv
 * defaults to pad_mode='same' and reads `padding` only with pad_mode='pad';
 * its padding tuple names both sides of every spatial dimension
 * ((top, bottom, left, right) in 2-D), where torch gives one value per dimension.
 */
function convPadding(dims: number): ValueTransform {
  return {
    description: `Conv${dims}d padding: int/${dims}-tuple/'same'/'valid' -> pad_mode + padding (each side explicit)`,
    emits: () => ['pad_mode', 'padding'],
    apply: ({ value }) => paddingFor(value, dims)
  };
}

function paddingFor(value: PyValue, dims: number): TransformResult {
  if (value.kind === 'str') {
    if (value.value === 'same' || value.value === 'valid') {
      return { args: [{ name: 'pad_mode', text: `'${value.value}'` }] };
    }
    return { unsupported: `padding=${value.text} is not a padding MindSpore's Conv accepts` };
  }
  if (value.kind === 'int') {
    return value.value === 0
      ? { args: [{ name: 'pad_mode', text: "'valid'" }] }
      : { args: [{ name: 'pad_mode', text: "'pad'" }, { name: 'padding', text: value.text }] };
  }
  if (value.kind === 'tuple' || value.kind === 'list') {
    if (value.items.length !== dims) {
      return { unsupported: `padding=${value.text} should have ${dims} values` };
    }
    if (value.items.every(item => item.kind === 'int' && item.value === 0)) {
      return { args: [{ name: 'pad_mode', text: "'valid'" }] };
    }
    if (dims === 1) {
      return { args: [{ name: 'pad_mode', text: "'pad'" }, { name: 'padding', text: value.items[0].text }] };
    }
    const sides = value.items.flatMap(item => [item.text, item.text]);
    return { args: [{ name: 'pad_mode', text: "'pad'" }, { name: 'padding', text: tupleText(sides) }] };
  }
  return {
    args: [{ name: 'pad_mode', text: "'pad'" }, { name: 'padding', text: value.text }],
    note:
      dims === 1
        ? undefined
        : `padding ${value.text} is kept as is: MindSpore needs an int or a ${2 * dims}-tuple (each side)`
  };
}

export const convPadding1d = convPadding(1);
export const convPadding2d = convPadding(2);
export const convPadding3d = convPadding(3);
