import type { ValueTransform } from './types';

/** Modes in which MindSpore's interpolate takes scale_factor as it is. */
const DIRECT_MODES = ['area', 'trilinear'];

/**
 * interpolate / Upsample `recompute_scale_factor`: MindSpore's interpolate (and nn.Upsample, its
 * alias) rejects scale_factor in the 'nearest', 'linear', 'bilinear' and 'bicubic' modes unless
 * recompute_scale_factor=True, which computes the output size from it as torch does and samples
 * by that size: the same as torch whenever size * scale_factor is whole (scale 2 on any size).
 */
export const recomputeScaleFactor: ValueTransform = {
  description:
    "interpolate/Upsample recompute_scale_factor: None with a scale_factor -> True unless mode is 'area' or 'trilinear' (MindSpore rejects scale_factor otherwise); None without one is dropped; other values pass",
  emits: param => [param],
  apply({ value, param, argument }) {
    if (value.kind !== 'none') {
      return { args: [{ name: param, text: value.text }] };
    }
    const scale = argument?.('scale_factor');
    const mode = argument?.('mode');
    if (!scale || scale.kind === 'none' || (mode?.kind === 'str' && DIRECT_MODES.includes(mode.value))) {
      return { args: [] };
    }
    return {
      args: [{ name: param, text: 'True' }],
      note:
        "recompute_scale_factor=True: MindSpore takes scale_factor in this mode only so; the output size is torch's, " +
        'the sampling follows it (the same as torch unless size * scale_factor is fractional)'
    };
  }
};
