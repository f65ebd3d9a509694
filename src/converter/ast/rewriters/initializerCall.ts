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

/**
 * How the class a torch class reference converts to names torch's `weight` and `bias`: gamma and beta
 * where its constructor takes gamma_init and beta_init (classic norm layers), embedding_table where it
 * takes embedding_table (classic Embedding, which has no bias); undefined where the names are torch's.
 */
function parameterNames(reference: Node, context: ConversionContext): Record<string, string> | undefined {
  const torchName = context.analysis.qualifiedName(reference);
  const entry = torchName ? context.table.get(torchName) : undefined;
  const api = entry ? targetOf(entry, context.target)?.api : undefined;
  const signatures = api ? targetSignatures(context, api) : undefined;
  const takes = (name: string) => !!signatures?.some(signature => signature.params.some(param => param.name === name));
  if (takes('gamma_init') && takes('beta_init')) {
    return { weight: 'gamma', bias: 'beta' };
  }
  return takes('embedding_table') ? { weight: 'embedding_table' } : undefined;
}

/**
 * `m.weight` / `m.bias` (`.data` too) in a branch where `isinstance` makes `m` a layer whose MindSpore
 * class names them otherwise (classic BatchNorm, GroupNorm, LayerNorm, InstanceNorm: gamma and beta;
 * classic Embedding: embedding_table): the parameter's MindSpore name, else the text as it is.
 */
function renamedParameter(target: string, node: Node, context: ConversionContext): string {
  const match = /^([A-Za-z_]\w*)\.(weight|bias)(\.data)?$/.exec(target);
  const classes = match ? narrowedClasses(node, match[1]) : undefined;
  const names = classes?.map(reference => parameterNames(reference, context)?.[match![2]]);
  if (!match || !names || names.length === 0 || names.some(name => name === undefined || name !== names[0])) {
    return target;
  }
  return `${match[1]}.${names[0]}`;
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
  const target = renamedParameter(written, site.call, context);
  if (!PURE.test(target)) {
    return { ok: false, reason: `${target} would be evaluated three times; assign it to a name first` };
  }
  const initializer = spellTarget(site.target.api);
  const args = planned.plan.outputs.map(renderOutput).join(', ');
  const text = `${target}.set_data(${spellTarget('mindspore.common.initializer.initializer')}(${initializer}(${args}), ${target}.shape, ${target}.dtype))`;
  const notes = target === written ? planned.plan.notes : [...planned.plan.notes, `${written} is ${target} in MindSpore's ${/gamma|beta/.test(target) ? 'norm layers' : 'Embedding'} (the isinstance check names them).`];
  return { ok: true, edits: [{ start: site.call.startIndex, end: site.call.endIndex, text }], converted: initializer, notes };
};
