/**
 * `net.parameters()`: MindSpore's Cell.get_parameters() is, like torch's
 * parameters(), a generator of every parameter (`next(net.parameters())`,
 * `for p in ...` keep working); an optimizer is given the list of trainable
 * ones, Cell.trainable_params(), as MindSpore's optimizers expect. So the call
 * becomes trainable_params() where it is (part of) the parameters argument of
 * a torch optimizer (`optim.Adam(net.parameters())`, param groups
 * `[{'params': net.parameters()}]`), get_parameters() everywhere else.
 */
import type { SyntaxNode as Node } from '../../parse/syntax';
import { convertCall } from '../calls/convertCall';
import type { ConversionContext } from '../context';
import type { EntryRewriter } from './types';

/** Nodes a parameters argument may be nested in (`[{'params': net.parameters(), 'lr': 1e-3}]`). */
const CONTAINERS = new Set(['argument_list', 'keyword_argument', 'list', 'tuple', 'dictionary', 'pair', 'parenthesized_expression']);

/** Whether `call` is inside the arguments of a torch optimizer's constructor. */
function optimizerArgument(context: ConversionContext, call: Node): boolean {
  let node: Node | null = call.parent;
  while (node && CONTAINERS.has(node.type)) {
    node = node.parent;
  }
  const callee = node?.type === 'call' ? node.childForFieldName('function') : null;
  const name = callee ? context.analysis.qualifiedName(callee) : undefined;
  return !!name && name.startsWith('torch.optim.') && context.table.get(name)?.kind === 'class';
}

export const moduleParameters: EntryRewriter = (site, context) => {
  const general = { ...site.target, rewriter: undefined };
  if (!optimizerArgument(context, site.call)) {
    return convertCall({ ...site, target: general }, context);
  }
  return convertCall({ ...site, target: { api: 'mindspore.nn.Cell.trainable_params' } }, context);
};
