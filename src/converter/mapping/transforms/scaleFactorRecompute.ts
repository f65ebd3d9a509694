import type { ValueTransform } from './types';

/**
 * A `scale_factor` for a layer fixed to a 4-D 'bilinear' or 'nearest' interpolation
 * (UpsamplingBilinear2d, UpsamplingNearest2d -> nn.Upsample): MindSpore's interpolate takes it there
 * only with recompute_scale_factor=True (the output size from the factor, as torch computes it).
 */
export const scaleFactorRecompute: ValueTransform = {
  description: "scale_factor v -> scale_factor=v, recompute_scale_factor=True (MindSpore's 4-D bilinear/nearest interpolation takes scale_factor only so); None is dropped",
  emits: param => [param, 'recompute_scale_factor'],
  apply({ value, param }) {
    if (value.kind === 'none') {
      return { args: [] };
    }
    return {
      args: [
        { name: param, text: value.text },
        { name: 'recompute_scale_factor', text: 'True' }
      ]
    };
  }
};
