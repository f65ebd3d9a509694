import type { SyntaxNode as Node } from '../../parse/syntax';
import { PyValue } from '../../mapping';

/** The current text of a node (its source with the edits inside it applied). */
export type TextOf = (node: Node) => string;

function unquote(literal: string): string | undefined {
  const match = /^([rRuUbB]?)('''|"""|'|")([\s\S]*)\2$/.exec(literal);
  if (!match || /[bB]/.test(match[1])) {
    return undefined;
  }
  return /[rR]/.test(match[1]) ? match[3] : match[3].replace(/\\(['"\\])/g, '$1');
}

/** A literal view of an argument value (see PyValue). */
export function pyValueOf(node: Node, textOf: TextOf): PyValue {
  const text = textOf(node);
  switch (node.type) {
    case 'integer':
      return { kind: 'int', text, value: Number(text.replace(/_/g, '')) };
    case 'float':
      return { kind: 'float', text, value: Number(text.replace(/_/g, '')) };
    case 'true':
    case 'false':
      return { kind: 'bool', text, value: node.type === 'true' };
    case 'none':
      return { kind: 'none', text };
    case 'string': {
      const value = node.namedChildren.some(c => c?.type === 'interpolation') ? undefined : unquote(text);
      return value === undefined ? { kind: 'expr', text } : { kind: 'str', text, value };
    }
    case 'unary_operator': {
      const operand = node.childForFieldName('argument');
      if (operand && text.startsWith('-') && (operand.type === 'integer' || operand.type === 'float')) {
        return { kind: operand.type === 'integer' ? 'int' : 'float', text, value: -Number(operand.text.replace(/_/g, '')) };
      }
      return { kind: 'expr', text };
    }
    case 'tuple':
    case 'list':
      return {
        kind: node.type,
        text,
        items: node.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment').map(c => pyValueOf(c, textOf))
      };
    case 'parenthesized_expression': {
      const inner = node.namedChildren.filter(c => c && c.type !== 'comment');
      return inner.length === 1 && inner[0]!.type !== 'tuple' ? { ...pyValueOf(inner[0]!, textOf), text } : { kind: 'expr', text };
    }
    default:
      return { kind: 'expr', text };
  }
}

/** Whether two values are the same literal (used to recognise an argument passed with torch's default). */
export function sameLiteral(value: PyValue, defaultText: string): boolean {
  const normal = (text: string) => text.replace(/\s+/g, '').replace(/"/g, "'");
  if (value.kind === 'int' || value.kind === 'float') {
    return Number(defaultText) === value.value;
  }
  return value.kind !== 'expr' && normal(value.text) === normal(defaultText);
}
