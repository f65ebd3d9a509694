import type { SyntaxNode as Node } from '../../parse/syntax';

/** One argument of a call as written. */
export interface CallArgument {
  /** The whole argument: an expression, a keyword_argument, `*x` or `**x`. */
  node: Node;
  kind: 'positional' | 'keyword' | 'star' | 'doubleStar';
  name?: string;
  nameNode?: Node;
  /** The value expression (the splat node itself for `*x` / `**x`). */
  value: Node;
}

/** The arguments of a call, or undefined for `f(x for x in y)`. */
export function readArguments(call: Node): { list: Node; args: CallArgument[] } | undefined {
  const list = call.childForFieldName('arguments');
  if (!list || list.type !== 'argument_list') {
    return undefined;
  }
  const args: CallArgument[] = [];
  for (const node of list.namedChildren) {
    if (!node || node.type === 'comment') {
      continue;
    }
    if (node.type === 'keyword_argument') {
      const nameNode = node.childForFieldName('name')!;
      args.push({ node, kind: 'keyword', name: nameNode.text, nameNode, value: node.childForFieldName('value')! });
    } else if (node.type === 'list_splat') {
      args.push({ node, kind: 'star', value: node });
    } else if (node.type === 'dictionary_splat') {
      args.push({ node, kind: 'doubleStar', value: node });
    } else {
      args.push({ node, kind: 'positional', value: node });
    }
  }
  return { list, args };
}

/**
 * The argument a call passes for the parameter at `position` named `name`:
 * the positional argument there (none once a `*args` hides the positions), or
 * the keyword argument of that name.
 */
export function argumentFor(args: readonly CallArgument[], position: number, name: string): CallArgument | undefined {
  const star = args.findIndex(arg => arg.kind === 'star');
  const positional = (star < 0 ? args : args.slice(0, star)).filter(arg => arg.kind === 'positional');
  return positional[position] ?? args.find(arg => arg.kind === 'keyword' && arg.name === name);
}
