/** Python values as data, rendered to source text the way a person writes them. */
export type PyValue =
  | { py: 'int'; value: number }
  | { py: 'float'; value: number; f32?: boolean }
  | { py: 'str'; value: string }
  | { py: 'bool'; value: boolean }
  | { py: 'none' }
  | { py: 'tuple'; items: PyValue[] }
  | { py: 'list'; items: PyValue[] }
  | { py: 'raw'; code: string };

export const py = {
  int: (value: number): PyValue => ({ py: 'int', value }),
  /** A float; `f32` values (ONNX float attributes) print with float32 round-trip precision: 1e-05, not 9.999999747378752e-06. */
  float: (value: number, f32 = false): PyValue => ({ py: 'float', value, f32 }),
  str: (value: string): PyValue => ({ py: 'str', value }),
  bool: (value: boolean): PyValue => ({ py: 'bool', value }),
  none: (): PyValue => ({ py: 'none' }),
  tuple: (items: PyValue[]): PyValue => ({ py: 'tuple', items }),
  list: (items: PyValue[]): PyValue => ({ py: 'list', items }),
  ints: (values: readonly number[]): PyValue => ({ py: 'tuple', items: values.map(v => py.int(v)) }),
  floats: (values: readonly number[], f32 = false): PyValue => ({ py: 'tuple', items: values.map(v => py.float(v, f32)) }),
  raw: (code: string): PyValue => ({ py: 'raw', code })
};

export function formatFloat(value: number, f32 = false): string {
  if (Number.isNaN(value)) return "float('nan')";
  if (!Number.isFinite(value)) return value > 0 ? "float('inf')" : "-float('inf')";
  let text = String(value);
  if (f32) {
    const target = Math.fround(value);
    for (let precision = 1; precision <= 9; precision++) {
      const candidate = Number(value.toPrecision(precision));
      if (Math.fround(candidate) === target) {
        text = String(candidate);
        break;
      }
    }
  }
  if (/^-?\d+$/.test(text)) {
    return `${text}.0`;
  }
  return text.replace(/e([+-])(\d)$/, 'e$10$2');
}

export function formatInt(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '9223372036854775807' : '-9223372036854775808';
  if (Math.abs(value) >= 9223372036854775807) {
    return value > 0 ? '9223372036854775807' : '-9223372036854775808';
  }
  return Number.isSafeInteger(value) ? String(value) : BigInt(Math.trunc(value)).toString();
}

export function formatString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

export function render(value: PyValue): string {
  switch (value.py) {
    case 'int':
      return formatInt(value.value);
    case 'float':
      return formatFloat(value.value, value.f32);
    case 'str':
      return formatString(value.value);
    case 'bool':
      return value.value ? 'True' : 'False';
    case 'none':
      return 'None';
    case 'tuple':
      return value.items.length === 1 ? `(${render(value.items[0])},)` : `(${value.items.map(render).join(', ')})`;
    case 'list':
      return `[${value.items.map(render).join(', ')}]`;
    case 'raw':
      return value.code;
  }
}

export function sameValue(a: PyValue, b: PyValue): boolean {
  return render(a) === render(b);
}

const KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally for from ' +
    'global if import in is lambda nonlocal not or pass raise return try while with yield'
  ).split(' ')
);

/** A valid Python identifier close to `text` (`layer1.0` -> `layer1_0`, `1x` -> `_1x`, `class` -> `class_`). */
export function identifier(text: string, fallback = 'x'): string {
  let name = text.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  if (!name) name = fallback;
  if (/^\d/.test(name)) name = `_${name}`;
  if (KEYWORDS.has(name)) name = `${name}_`;
  return name;
}

/**
 * The attribute of a torch sub-module in the generated cell: torch allows any
 * name (`add_module('block1-0', ...)`, RegNet), Python attributes do not.
 * Indexes stay (lists and sequential cells index their members).
 */
export const cellAttr = (atom: string): string => (/^\d+$/.test(atom) || /^[A-Za-z_]\w*$/.test(atom) ? atom : identifier(atom));

/** A module path as the generated network names it (every component a cellAttr). */
export const cellPath = (path: string): string => path.split('.').map(cellAttr).join('.');

/** `layer1` -> `Layer1`, `conv_block` -> `ConvBlock`. */
export function className(text: string): string {
  const name = identifier(text, 'Block')
    .split('_')
    .filter(Boolean)
    .map(part => part[0].toUpperCase() + part.slice(1))
    .join('');
  return /^\d/.test(name) ? `Block${name}` : name;
}
