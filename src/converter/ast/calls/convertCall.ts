/**
 * The data-driven conversion of one call of a mapped torch API: bind its
 * arguments to torch's signature, plan the MindSpore arguments from the
 * mapping entry, and express the result as edits of the original text.
 */
import { parseSignature } from '../../catalog';
import { spellTarget } from '../spelling';
import { ConversionContext, targetSignatures, textOf } from '../context';
import { CallSite, REWRITERS, SiteResult } from '../rewriters';
import { readArguments } from './arguments';
import { bindCall } from './bind';
import { argumentEdits } from './emit';
import { choosePositions, OutputArg, planCall } from './plan';

function lastName(api: string): string {
  return api.slice(api.lastIndexOf('.') + 1);
}

function render(output: OutputArg): string {
  return output.positional || output.name === undefined ? output.text : `${output.name}=${output.text}`;
}

export function convertCall(site: CallSite, context: ConversionContext): SiteResult {
  const { entry, target } = site;
  if (target.rewriter) {
    return REWRITERS[target.rewriter](site, context);
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
  const parsed = readArguments(site.call);
  if (!parsed) {
    return { ok: false, reason: 'a generator argument cannot be matched to parameters' };
  }
  if (!entry.args) {
    if (style === 'function') {
      const args = parsed.args.map(arg => textOf(context, arg.node));
      return { ok: true, edits: [{ start: site.call.startIndex, end: site.call.endIndex, text: `${calleeText}(${[receiverText, ...args].join(', ')})` }], converted: calleeText, notes: [] };
    }
    return { ok: true, edits: [calleeEdit], converted: calleeText, notes: [] };
  }
  const torch = parseSignature(entry.args);
  const bound = bindCall(torch, parsed.args, node => textOf(context, node));
  if (!bound.ok) {
    return bound;
  }
  const plan = planCall(target, torch, bound.bound, spellTarget);
  if (!plan.ok) {
    return plan;
  }
  const positions = choosePositions(plan.outputs, targetSignatures(context, target.api), {
    firstPositional: entry.kind === 'function',
    offset: style === 'function' ? 1 : 0
  });
  if (!positions.ok) {
    return positions;
  }
  if (style === 'function') {
    const text = `${calleeText}(${[receiverText, ...plan.outputs.map(render)].join(', ')})`;
    return { ok: true, edits: [{ start: site.call.startIndex, end: site.call.endIndex, text }], converted: calleeText, notes: plan.notes };
  }
  return { ok: true, edits: [calleeEdit, ...argumentEdits(parsed.list, parsed.args, plan.outputs)], converted: calleeText, notes: plan.notes };
}
