/**
 * A literal view of one Python argument value, so that value transforms can
 * work on data: numbers, strings, booleans, None and tuples/lists of them are
 * recognised; anything else is an `expr` known only by its text. `text` is
 * always the argument's current source text (with nested conversions applied).
 */
export type PyValue =
  | { kind: 'int' | 'float'; text: string; value: number }
  | { kind: 'str'; text: string; value: string }
  | { kind: 'bool'; text: string; value: boolean }
  | { kind: 'none'; text: string }
  | { kind: 'tuple' | 'list'; text: string; items: PyValue[] }
  /** The values bound to a var-positional parameter (`*size`), in order. */
  | { kind: 'varargs'; text: string; items: PyValue[] }
  /** `constantKind`: a name every binding of which in the file is a literal of that kind (`BOS = 1`). */
  | { kind: 'expr'; text: string; constantKind?: 'int' | 'float' | 'bool' };

export function exprValue(text: string): PyValue {
  return { kind: 'expr', text };
}

/** True when `value` needs no parentheses as an operand of a binary operator. */
export function isAtomic(value: PyValue): boolean {
  return value.kind !== 'expr' || /^[A-Za-z_][\w.]*$/.test(value.text) || /^[\w.]+(\[[^\]]*\]|\([^()]*\))$/.test(value.text);
}

/** Python source for a JSON literal: null -> None, booleans -> True/False, arrays -> tuples. */
export function pythonLiteral(value: unknown): string {
  if (value === null) {
    return 'None';
  }
  if (typeof value === 'boolean') {
    return value ? 'True' : 'False';
  }
  if (typeof value === 'number') {
    return pythonNumber(value);
  }
  if (typeof value === 'string') {
    return pythonString(value);
  }
  if (Array.isArray(value)) {
    const items = value.map(pythonLiteral);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  throw new TypeError(`not a literal value: ${JSON.stringify(value)}`);
}

export function pythonNumber(value: number): string {
  if (!Number.isFinite(value)) {
    return value > 0 ? "float('inf')" : value < 0 ? "float('-inf')" : "float('nan')";
  }
  // Python's repr: scientific below 1e-4 and from 1e16 (1e-05, not 0.00001).
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 1e-4 || magnitude >= 1e16)) {
    return value.toExponential().replace(/e([+-])(\d)$/, 'e$10$2').replace('e+', 'e+');
  }
  return String(value);
}

/** A number written as a Python float (`1` -> `1.0`). */
export function pythonFloat(value: number): string {
  const text = pythonNumber(value);
  return /^-?\d+$/.test(text) ? `${text}.0` : text;
}

export function pythonString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/** Tuple source from item texts: `(a,)`, `(a, b)`. */
export function tupleText(items: readonly string[]): string {
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
}
