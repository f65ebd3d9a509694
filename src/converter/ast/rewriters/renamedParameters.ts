/**
 * Layers whose MindSpore class names torch's parameters otherwise: classic
 * Embedding keeps its table as `embedding_table` (torch: `weight`), the
 * classic norm layers their affine parameters as `gamma` / `beta` and
 * BatchNorm its statistics as `moving_mean` / `moving_variance` (torch:
 * `weight`, `bias`, `running_mean`, `running_var`). The constructor converts
 * as its fields say; the reads of those attributes on the instance it is
 * assigned to (`self.wte = nn.Embedding(...)` ... `self.wte.weight` in the
 * same class, `emb = nn.Embedding(...)` ... `emb.weight`) get MindSpore's
 * names, so that weight tying (`self.head.weight = self.wte.weight`) and
 * initialisation code find the parameter.
 */
import type { SyntaxNode as Node } from '../../parse/syntax';
import { convertCall } from '../calls/convertCall';
import { ConversionContext, targetSignatures } from '../context';
import { assignmentsByTarget } from './assignments';
import type { EntryRewriter } from './types';

/** torch's attribute -> MindSpore's, for the class `api` names (read from its constructor's parameters); empty where they match. */
export function renamedAttributes(context: ConversionContext, api: string): Record<string, string> {
  const signatures = targetSignatures(context, api);
  const takes = (name: string) => !!signatures?.some(signature => signature.params.some(param => param.name === name));
  const names: Record<string, string> = {};
  if (takes('gamma_init') && takes('beta_init')) {
    Object.assign(names, { weight: 'gamma', bias: 'beta' });
  }
  if (takes('moving_mean_init') && takes('moving_var_init')) {
    Object.assign(names, { running_mean: 'moving_mean', running_var: 'moving_variance' });
  }
  if (takes('embedding_table')) {
    names.weight = 'embedding_table';
  }
  return names;
}

/** The attribute nodes `<instance>.<name>` read on the instance the constructor call is assigned to (one assignment only). */
function instanceAttributes(context: ConversionContext, constructor: Node, names: Record<string, string>): Node[] {
  const assignment = constructor.parent;
  const target = assignment?.type === 'assignment' && assignment.childForFieldName('right')?.id === constructor.id ? assignment.childForFieldName('left') : null;
  const inClass = target?.type === 'attribute' && target.childForFieldName('object')?.type === 'identifier';
  if (!target || (target.type !== 'identifier' && !inClass)) {
    return [];
  }
  let owner: Node | null = target;
  while (inClass && owner && owner.type !== 'class_definition') {
    owner = owner.parent;
  }
  // The instance is bound once: in its class for `self.x` (other classes may have their own `self.x`), in the file for a name.
  const within = (node: Node) => !inClass || (owner!.startIndex <= node.startIndex && node.endIndex <= owner!.endIndex);
  if (!owner || (assignmentsByTarget(context).get(target.text) ?? []).filter(within).length !== 1) {
    return [];
  }
  const depth = inClass ? 1 : 0;
  const found: Node[] = [];
  for (const load of context.analysis.scopes.loads) {
    const instance = depth === 0 ? load.node : load.chain[0];
    const attribute = load.chain[depth];
    if (!instance || !attribute || instance.text !== target.text || !Object.prototype.hasOwnProperty.call(names, attribute.childForFieldName('attribute')!.text)) {
      continue;
    }
    const same = depth === 0
      ? load.scope.lookup(load.name).every(binding => binding.node.id === target.id) && load.scope.lookup(load.name).length > 0
      : within(load.node);
    if (same) {
      found.push(attribute);
    }
  }
  return found;
}

export const renamedParameters: EntryRewriter = (site, context) => {
  const result = convertCall({ ...site, target: { ...site.target, rewriter: undefined } }, context);
  if (!result.ok) {
    return result;
  }
  const names = renamedAttributes(context, site.target.api);
  const attributes = instanceAttributes(context, site.call, names);
  if (attributes.length === 0) {
    return result;
  }
  const edits = attributes.map(attribute => {
    const field = attribute.childForFieldName('attribute')!;
    return { start: field.startIndex, end: field.endIndex, text: names[field.text] };
  });
  const renamed = [...new Set(attributes.map(attribute => {
    const field = attribute.childForFieldName('attribute')!;
    return `.${field.text} -> .${names[field.text]}`;
  }))];
  const lines = [...new Set(attributes.map(attribute => context.lines.position(attribute.startIndex).line))];
  const note = `MindSpore names the parameters otherwise: ${renamed.join(', ')} where the code reads them (${lines.length > 1 ? 'lines' : 'line'} ${lines.join(', ')})`;
  return { ...result, edits: [...result.edits, ...edits], notes: [...result.notes, note] };
};
