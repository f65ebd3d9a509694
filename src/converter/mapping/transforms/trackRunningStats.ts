import type { ValueTransform } from './types';

/**
 * BatchNorm track_running_stats=False (always normalise with the batch
 * statistics) is MindSpore's use_batch_statistics=True; True is MindSpore's
 * default behaviour (use_batch_statistics=None: batch statistics in training,
 * running ones in evaluation).
 */
export const trackRunningStats: ValueTransform = {
  description: 'track_running_stats: True -> dropped (default), False -> use_batch_statistics=True',
  emits: () => ['use_batch_statistics'],
  apply({ value }) {
    if (value.kind === 'bool') {
      return value.value ? { args: [] } : { args: [{ name: 'use_batch_statistics', text: 'True' }] };
    }
    return { unsupported: `track_running_stats=${value.text} must be a literal True or False to convert` };
  }
};
