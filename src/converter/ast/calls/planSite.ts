/** Binding and planning of a call site's arguments, shared by the generic conversion and the rewriters. */
import type { SyntaxNode as Node } from '../../parse/syntax';
import { cachedSignature } from '../../catalog';
import { ConversionContext, targetSignatures, textOf } from '../context';
import type { CallSite } from '../rewriters/types';
import { spellTarget } from '../spelling';
import { CallArgument, readArguments } from './arguments';
import { BoundArgument, bindCall } from './bind';
import { constantKind } from '../analysis/foreign';
import { CallPlan, choosePositions, OutputArg, planCall } from './plan';
import { versionProblem } from './versionFit';

export function renderOutput(output: OutputArg): string {
  return output.positional || output.name === undefined ? output.text : `${output.name}=${output.text}`;
}

export type SitePlan =
  | { ok: true; list: Node; args: CallArgument[]; plan: CallPlan; bound: Map<string, BoundArgument> }
  | { ok: false; reason: string; versionMismatch?: boolean };

/**
 * Binds and plans the arguments of a call site. `taken` names torch
 * parameters a rewriter places itself (they are left out of the plan);
 * `offset` counts the positional arguments the target receives before them.
 */
export function planSite(site: CallSite, context: ConversionContext, options: { taken?: string[]; offset?: number; targetApi?: string } = {}): SitePlan {
  const parsed = readArguments(site.call);
  if (!parsed) {
    return { ok: false, reason: 'a generator argument cannot be matched to parameters' };
  }
  const torch = cachedSignature(site.entry.args ?? []);
  const bound = bindCall(torch, parsed.args, node => textOf(context, node));
  if (!bound.ok) {
    return bound;
  }
  for (const { value, sources } of bound.bound.values()) {
    const kind = value.kind === 'expr' && sources.length === 1 ? constantKind(context.analysis, sources[0].value) : undefined;
    if (kind && value.kind === 'expr') {
      value.constantKind = kind;
    }
  }
  const remaining = new Map([...bound.bound].filter(([name]) => !options.taken?.includes(name)));
  const plan = planCall(site.target, torch, remaining, spellTarget);
  if (!plan.ok) {
    return plan;
  }
  const positions = choosePositions(plan.outputs, targetSignatures(context, options.targetApi ?? site.target.api), {
    firstPositional: site.entry.kind === 'function' && !options.taken?.length,
    offset: options.offset ?? 0
  });
  if (!positions.ok) {
    return positions;
  }
  // The validator cannot see a tensor method on a variable: whether it binds in the selected version is checked here.
  if (site.entry.kind === 'method' && !options.taken?.length) {
    const positional = (options.offset ?? 0) + plan.outputs.filter(output => output.positional).length;
    const keywords = plan.outputs.filter(output => !output.positional && output.name !== undefined).map(output => output.name!);
    const problem = versionProblem(context, options.targetApi ?? site.target.api, { positional, keywords });
    if (problem) {
      return { ok: false, reason: problem, versionMismatch: true };
    }
  }
  return { ok: true, list: parsed.list, args: parsed.args, plan, bound: bound.bound };
}
