import { planSite, renderOutput } from '../calls/planSite';
import type { SyntaxNode as Node } from '../../parse/syntax';
import { targetOf } from '../../mapping/emitted';
import { ConversionContext, targetSignatures, textOf } from '../context';
import { spellTarget } from '../spelling';
import type { EntryRewriter } from './types';

/** Receivers that are safe to write three times: names, attributes, constant subscripts. */
const PURE = /^[A-Za-z_][\w.]*(\[[\w\s,'"-]*\])*(\.[A-Za-z_]\w*)*$/;

/**
 * The classes an enclosing `if isinstance(name, C)` / `elif isinstance(name, (C, D))` gives `name`
 * where `node` sits in that branch's body; undefined when no such branch encloses it.
 */
function narrowedClasses(node: Node, name: string): Node[] | undefined {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if ((parent.type === 'if_statement' || parent.type === 'elif_clause') && parent.childForFieldName('consequence')?.id === child.id) {
      const condition = parent.childForFieldName('condition');
      const args = condition?.type === 'call' && condition.childForFieldName('function')?.text === 'isinstance'
        ? condition.childForFieldName('arguments')!.namedChildren.filter((a): a is Node => !!a && a.type !== 'comment')
        : [];
      if (args.length === 2 && args[0].text === name) {
        return args[1].type === 'tuple' || args[1].type === 'parenthesized_expression'
          ? args[1].namedChildren.filter((a): a is Node => !!a && a.type !== 'comment')
          : [args[1]];
      }
    }
  }
  return undefined;
}

/** Whether the class a torch class reference converts to keeps its affine parameters as gamma and beta (its constructor takes gamma_init and beta_init). */
function namesGammaBeta(reference: Node, context: ConversionContext): boolean {
  const torchName = context.analysis.qualifiedName(reference);
  const entry = torchName ? context.table.get(torchName) : undefined;
  const api = entry ? targetOf(entry, context.target)?.api : undefined;
  const signatures = api ? targetSignatures(context, api) : undefined;
  return !!signatures?.some(signature => ['gamma_init', 'beta_init'].every(init => signature.params.some(param => param.name === init)));
}

/**
 * `m.weight` / `m.bias` (`.data` too) in a branch where `isinstance` makes `m` a norm layer whose
 * MindSpore class names them gamma and beta (classic BatchNorm, GroupNorm, LayerNorm, InstanceNorm):
 * the parameter's MindSpore name, else the text as it is.
 */
function normParameter(target: string, node: Node, context: ConversionContext): string {
  const match = /^([A-Za-z_]\w*)\.(weight|bias)(\.data)?$/.exec(target);
  const classes = match ? narrowedClasses(node, match[1]) : undefined;
  if (!match || !classes || classes.length === 0 || !classes.every(reference => namesGammaBeta(reference, context))) {
    return target;
  }
  return `${match[1]}.${match[2] === 'weight' ? 'gamma' : 'beta'}`;
}

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
  const written = textOf(context, tensor.sources[0].value);
  const target = normParameter(written, site.call, context);
  if (!PURE.test(target)) {
    return { ok: false, reason: `${target} would be evaluated three times; assign it to a name first` };
  }
  const initializer = spellTarget(site.target.api);
  const args = planned.plan.outputs.map(renderOutput).join(', ');
  const text = `${target}.set_data(${spellTarget('mindspore.common.initializer.initializer')}(${initializer}(${args}), ${target}.shape, ${target}.dtype))`;
  const notes = target === written ? planned.plan.notes : [...planned.plan.notes, `${written} is ${target} in MindSpore's norm layers (the isinstance check names them).`];
  return { ok: true, edits: [{ start: site.call.startIndex, end: site.call.endIndex, text }], converted: initializer, notes };
};
