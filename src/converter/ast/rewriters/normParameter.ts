/**
 * What a branch tells of the class of `m` where the code has just checked what layer it is (read by
 * ../steps/narrowedAttributes.ts, which renames the parameters MindSpore names otherwise).
 * The checks recognised: `isinstance(m, C)` / `isinstance(m, (C, D))`, and a test of the class
 * name (`classname.find('BatchNorm') != -1`, `'BatchNorm' in classname`,
 * `classname.startswith('BatchNorm')`, with `classname = m.__class__.__name__` or `type(m).__name__`).
 */
import type { SyntaxNode as Node } from '../../parse/syntax';
import { targetOf } from '../../mapping/emitted';
import type { ConversionContext } from '../context';
import { assignmentsByTarget } from './assignments';

/** What an enclosing branch tells of `name`: the classes named, or a substring of its class name. */
export type Narrowing = { classes: Node[] } | { nameContains: string };

function elements(node: Node): Node[] {
  return node.namedChildren.filter((a): a is Node => !!a && a.type !== 'comment');
}

function argumentsOf(call: Node): Node[] {
  return elements(call.childForFieldName('arguments')!);
}

function stringValue(node: Node | undefined): string | undefined {
  return node?.type === 'string' ? /^(['"])(\w+)\1$/.exec(node.text)?.[2] : undefined;
}

/** Whether `expr` is the class name of `name`: `name.__class__.__name__`, `type(name).__name__`, or a variable assigned one of them before `before`. */
function isClassName(expr: Node, name: string, before: Node, context: ConversionContext): boolean {
  const direct = (text: string) => text === `${name}.__class__.__name__` || text === `type(${name}).__name__`;
  if (direct(expr.text)) {
    return true;
  }
  const assignments = (assignmentsByTarget(context).get(expr.text) ?? []).filter(a => a.endIndex <= before.startIndex);
  const right = assignments[assignments.length - 1]?.childForFieldName('right');
  return expr.type === 'identifier' && !!right && direct(right.text);
}

/** The substring a condition requires of the class name of `name`, if it is one of the recognised tests. */
function classNameTest(condition: Node, name: string, context: ConversionContext): string | undefined {
  if (condition.type === 'comparison_operator' && condition.namedChildCount === 2) {
    const [left, right] = condition.namedChildren as Node[];
    const operator = condition.text.slice(left.endIndex - condition.startIndex, right.startIndex - condition.startIndex).trim();
    if (operator === 'in') {
      return isClassName(right, name, condition, context) ? stringValue(left) : undefined;
    }
    const find = left.type === 'call' ? left.childForFieldName('function') : null;
    const found = ((operator === '!=' || operator === '>') && right.text === '-1') || (operator === '>=' && right.text === '0');
    if (found && find?.type === 'attribute' && find.childForFieldName('attribute')!.text === 'find') {
      return isClassName(find.childForFieldName('object')!, name, condition, context) ? stringValue(argumentsOf(left)[0]) : undefined;
    }
  }
  const fn = condition.type === 'call' ? condition.childForFieldName('function') : null;
  if (fn?.type === 'attribute' && fn.childForFieldName('attribute')!.text === 'startswith') {
    return isClassName(fn.childForFieldName('object')!, name, condition, context) ? stringValue(argumentsOf(condition)[0]) : undefined;
  }
  return undefined;
}

/** The narrowing of `name` by the innermost enclosing if/elif branch that tests it, where `node` sits in the branch's body. */
export function narrowing(node: Node, name: string, context: ConversionContext): Narrowing | undefined {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if ((parent.type !== 'if_statement' && parent.type !== 'elif_clause') || parent.childForFieldName('consequence')?.id !== child.id) {
      continue;
    }
    const condition = parent.childForFieldName('condition')!;
    const args = condition.type === 'call' && condition.childForFieldName('function')?.text === 'isinstance' ? argumentsOf(condition) : [];
    if (args.length === 2 && args[0].text === name) {
      const classes = args[1].type === 'tuple' || args[1].type === 'parenthesized_expression' ? elements(args[1]) : [args[1]];
      return { classes };
    }
    const nameContains = classNameTest(condition, name, context);
    if (nameContains) {
      return { nameContains };
    }
  }
  return undefined;
}

/** The torch classes a narrowing allows: those named, or the converted torch.nn classes whose name holds the substring. */
export function allowedClasses(narrowed: Narrowing, context: ConversionContext): Array<string | undefined> {
  if ('classes' in narrowed) {
    return narrowed.classes.map(reference => context.analysis.qualifiedName(reference));
  }
  return context.table
    .names()
    .filter(n => n.startsWith('torch.nn.') && n.lastIndexOf('.') === 'torch.nn'.length && n.slice('torch.nn.'.length).includes(narrowed.nameContains))
    .filter(n => context.table.get(n)?.kind === 'class' && targetOf(context.table.get(n)!, context.target));
}
