/**
 * The data-driven conversion of one call of a mapped torch API: bind its
 * arguments to torch's signature, plan the MindSpore arguments from the
 * mapping entry, and express the result as edits of the original text.
 */
import { spellTarget } from '../spelling';
import { ConversionContext, textOf } from '../context';
import { CallSite, REWRITERS, SiteResult } from '../rewriters';
import { readArguments } from './arguments';
import { drivenByScheduler } from './scheduled';
import { argumentEdits } from './emit';
import { planSite, renderOutput } from './planSite';
import { versionProblem } from './versionFit';

const SCHEDULED_NOTE =
  'A torch lr_scheduler drives this optimizer: MindSpore\'s schedulers take only mindspore.experimental.optim optimizers, which keep torch\'s argument names';

function lastName(api: string): string {
  return api.slice(api.lastIndexOf('.') + 1);
}

/**
 * Converts with the site's target; where the call does not fit the selected
 * MindSpore version and the target has a `legacy` form, with that one.
 */
export function convertCall(site: CallSite, context: ConversionContext): SiteResult {
  const scheduled = site.target.scheduled && drivenByScheduler(site.call, context) ? site.target.scheduled : undefined;
  if (scheduled && context.catalog.resolve(scheduled.api).status === 'found') {
    const result = convertCall({ ...site, target: scheduled }, context);
    return result.ok ? { ...result, notes: [...result.notes, SCHEDULED_NOTE] } : result;
  }
  const result = convertWithTarget(site, context);
  if (scheduled && result.ok) {
    // The selected MindSpore version lacks the optimizer its schedulers need (2.2 has only Adam, AdamW and SGD).
    return { ...result, notes: [...result.notes, `a torch lr_scheduler drives this optimizer, but this MindSpore version has no ${scheduled.api}, which its schedulers need`] };
  }
  if (!result.ok && result.versionMismatch && site.target.legacy) {
    return convertCall({ ...site, target: site.target.legacy }, context);
  }
  return result;
}

function convertWithTarget(site: CallSite, context: ConversionContext): SiteResult {
  const { entry, target } = site;
  if (target.rewriter) {
    return REWRITERS[target.rewriter](site, context);
  }
  const missing = entry.kind === 'method' ? versionProblem(context, target.api) : undefined;
  if (missing) {
    return { ok: false, reason: missing, versionMismatch: true };
  }
  const style = entry.kind === 'method' ? target.style ?? 'method' : 'call';
  if ((style === 'method' || style === 'function') && (!site.receiver || !site.methodName)) {
    return { ok: false, reason: `${site.api} is a method: call it on a tensor` };
  }
  const receiverText = site.receiver ? textOf(context, site.receiver) : '';
  const calleeText = style === 'method' ? `${receiverText}.${lastName(target.api)}` : spellTarget(target.api);
  const calleeEdit =
    style === 'method'
      ? { start: site.methodName!.startIndex, end: site.methodName!.endIndex, text: lastName(target.api) }
      : { start: site.callee.startIndex, end: site.callee.endIndex, text: calleeText };
  if (!entry.args) {
    const parsed = readArguments(site.call);
    if (style !== 'function') {
      return { ok: true, edits: [calleeEdit], converted: calleeText, notes: [] };
    }
    if (!parsed) {
      return { ok: false, reason: 'a generator argument cannot be matched to parameters' };
    }
    const args = parsed.args.map(arg => textOf(context, arg.node));
    const text = `${calleeText}(${[receiverText, ...args].join(', ')})`;
    return { ok: true, edits: [{ start: site.call.startIndex, end: site.call.endIndex, text }], converted: calleeText, notes: [] };
  }
  const planned = planSite(site, context, { offset: style === 'function' ? 1 : 0 });
  if (!planned.ok) {
    return planned;
  }
  const { plan } = planned;
  if (style === 'function') {
    const text = `${calleeText}(${[receiverText, ...plan.outputs.map(renderOutput)].join(', ')})`;
    return { ok: true, edits: [{ start: site.call.startIndex, end: site.call.endIndex, text }], converted: calleeText, notes: plan.notes };
  }
  return { ok: true, edits: [calleeEdit, ...argumentEdits(planned.list, planned.args, plan.outputs)], converted: calleeText, notes: plan.notes };
}
