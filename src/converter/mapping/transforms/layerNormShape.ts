import { tupleText } from '../pyValue';
import type { ValueTransform } from './types';

/**
 * nn.LayerNorm normalized_shape: torch normalises over the last
 * len(normalized_shape) dimensions and accepts an int; MindSpore needs a
 * tuple and normalises from begin_norm_axis (default -1, the last dimension).
 */
export const layerNormShape: ValueTransform = {
  description: 'normalized_shape n -> (n,); a k-tuple also sets begin_norm_axis = begin_params_axis = -k',
  emits: param => [param, 'begin_norm_axis', 'begin_params_axis'],
  apply({ value, param }) {
    if (value.kind === 'int') {
      return { args: [{ name: param, text: tupleText([value.text]) }] };
    }
    if (value.kind === 'tuple' || value.kind === 'list') {
      const k = value.items.length;
      const axes = k > 1 ? [{ name: 'begin_norm_axis', text: `-${k}` }, { name: 'begin_params_axis', text: `-${k}` }] : [];
      return { args: [{ name: param, text: value.text }, ...axes] };
    }
    if (value.kind === 'expr') {
      return {
        args: [{ name: param, text: tupleText([value.text]) }],
        note: `${param} ${value.text} is assumed to be an int (MindSpore needs a tuple)`
      };
    }
    return { unsupported: `${param}=${value.text} is not a shape` };
  }
};
