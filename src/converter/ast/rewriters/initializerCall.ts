import { planSite, renderOutput } from '../calls/planSite';
import { textOf } from '../context';
import { spellTarget } from '../spelling';
import type { EntryRewriter } from './types';

/** Receivers that are safe to write three times: names, attributes, constant subscripts. */
const PURE = /^[A-Za-z_][\w.]*(\[[\w\s,'"-]*\])*(\.[A-Za-z_]\w*)*$/;

/**
 * torch.nn.init.X_(tensor, ...) -> tensor.set_data(init.initializer(init.Y(...), tensor.shape, tensor.dtype)):
 * MindSpore initialises a Parameter by setting data made by an Initializer
 * (the entry's target), whose arguments come from the rest of the call.
 */
export const initializerCall: EntryRewriter = (site, context) => {
  const planned = planSite(site, context, { taken: ['tensor'] });
  if (!planned.ok) {
    return planned;
  }
  const tensor = planned.bound.get('tensor');
  if (!tensor || tensor.sources.length !== 1) {
    return { ok: false, reason: 'the tensor to initialise is not given' };
  }
  const value = tensor.sources[0].value;
  const written = textOf(context, value);
  // `m.weight.data` whose attribute MindSpore names otherwise (renamed by the narrowedAttributes step): a Parameter is its own data.
  const renamed = written !== context.source.slice(value.startIndex, value.endIndex);
  const target = renamed ? written.replace(/\.data$/, '') : written;
  if (!PURE.test(target)) {
    return { ok: false, reason: `${target} would be evaluated three times; assign it to a name first` };
  }
  const initializer = spellTarget(site.target.api);
  const args = planned.plan.outputs.map(renderOutput).join(', ');
  const text = `${target}.set_data(${spellTarget('mindspore.common.initializer.initializer')}(${initializer}(${args}), ${target}.shape, ${target}.dtype))`;
  return { ok: true, edits: [{ start: site.call.startIndex, end: site.call.endIndex, text }], converted: initializer, notes: planned.plan.notes };
};
