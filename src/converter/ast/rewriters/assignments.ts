/** The assignments of a file, found in one walk and shared by the rewriters that look names up. */
import type { SyntaxNode as Node } from '../../parse/syntax';
import type { ConversionContext } from '../context';

const ASSIGNMENTS = new WeakMap<ConversionContext, Map<string, Node[]>>();

/** Every assignment of the file by the text of its target, in source order, found in one walk (the first time a file asks). */
export function assignmentsByTarget(context: ConversionContext): Map<string, Node[]> {
  let byTarget = ASSIGNMENTS.get(context);
  if (!byTarget) {
    byTarget = new Map();
    const stack = [context.root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      const left = node.type === 'assignment' ? node.childForFieldName('left') : null;
      if (left) {
        byTarget.set(left.text, [...(byTarget.get(left.text) ?? []), node]);
      }
      const children = node.namedChildren;
      for (let i = children.length - 1; i >= 0; i -= 1) {
        const child = children[i];
        if (child) {
          stack.push(child);
        }
      }
    }
    ASSIGNMENTS.set(context, byTarget);
  }
  return byTarget;
}
