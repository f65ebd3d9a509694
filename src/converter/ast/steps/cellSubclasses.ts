/**
 * Classes derived from nn.Module (directly, through another mapped torch.nn
 * class, or through a class of the same file) become Cells: their `forward`
 * method is MindSpore's `construct`, and so are the calls `self.forward(...)`
 * and `super().forward(...)` inside them. Runs after the base classes
 * themselves were converted.
 */
import type { SyntaxNode as Node } from '../../parse/syntax';
import { ConversionContext, position } from '../context';
import { targetOf } from './apiReferences';

function isCellBase(context: ConversionContext, base: Node, localCells: ReadonlySet<string>): boolean {
  if (base.type === 'identifier' && localCells.has(base.text) && !context.analysis.importOf(base)) {
    return true;
  }
  const name = context.analysis.qualifiedName(base);
  const entry = name ? context.table.get(name) : undefined;
  if (!entry || entry.kind !== 'class') {
    return false;
  }
  const resolved = targetOf(entry, context.target);
  return 'target' in resolved && /^mindspore\.(mint\.)?nn\.[A-Z]/.test(resolved.target.api);
}

function methodsOf(body: Node): Node[] {
  return body.namedChildren
    .map(child => (child?.type === 'decorated_definition' ? child.childForFieldName('definition') : child))
    .filter((child): child is Node => child?.type === 'function_definition');
}

/** `self.forward`, `super().forward`, `super(Net, self).forward` */
function isOwnForward(attribute: Node, selfName: string | undefined): boolean {
  const object = attribute.childForFieldName('object');
  if (attribute.childForFieldName('attribute')?.text !== 'forward' || !object) {
    return false;
  }
  if (object.type === 'identifier') {
    return object.text === selfName;
  }
  return object.type === 'call' && object.childForFieldName('function')?.text === 'super';
}

function firstParameter(method: Node): string | undefined {
  const first = method.childForFieldName('parameters')?.namedChildren[0];
  return first?.type === 'identifier' ? first.text : undefined;
}

export function convertCellSubclasses(context: ConversionContext): void {
  const localCells = new Set<string>();
  for (const cls of context.analysis.scopes.classes) {
    const bases = cls.childForFieldName('superclasses')?.namedChildren ?? [];
    if (!bases.some(base => base && isCellBase(context, base, localCells))) {
      continue;
    }
    localCells.add(cls.childForFieldName('name')!.text);
    const methods = methodsOf(cls.childForFieldName('body')!);
    if (methods.some(m => m.childForFieldName('name')?.text === 'construct')) {
      continue;
    }
    for (const method of methods) {
      const name = method.childForFieldName('name')!;
      if (name.text === 'forward') {
        rename(context, name);
      }
      const selfName = firstParameter(method);
      for (const attribute of method.descendantsOfType('attribute')) {
        if (attribute && isOwnForward(attribute, selfName)) {
          rename(context, attribute.childForFieldName('attribute')!);
        }
      }
    }
  }
}

function rename(context: ConversionContext, identifier: Node): void {
  if (context.edits.addGroup([{ start: identifier.startIndex, end: identifier.endIndex, text: 'construct' }])) {
    context.entries.push({ kind: 'convert', ...position(context, identifier), original: 'forward', converted: 'construct' });
  }
}
