/**
 * Checks of what a user types in the model dialog, done before anything is sent
 * to the kernel (the shim checks the same rules again: it never trusts a frontend).
 */
import { DType, isDType } from '../kernel/protocol';

export const MAX_INPUTS = 16;
export const MAX_RANK = 8;
/** Refuse sample inputs above 2**28 elements (1 GiB of float32), as the shim does. */
export const MAX_ELEMENTS = 2 ** 28;

const PYTHON_KEYWORDS = new Set(
  ('False None True and as assert async await break class continue def del elif else except finally for from ' +
    'global if import in is lambda nonlocal not or pass raise return try while with yield').split(' ')
);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.([A-Za-z_][A-Za-z0-9_]*|[0-9]+))*$/;

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** A dotted Python name (`net`, `model.backbone`, `seq.0`); expressions are refused, never evaluated. */
export function checkVariableName(text: string): Checked<string> {
  const name = text.trim();
  const shown = name.length <= 60 ? name : name.slice(0, 57) + '...';
  if (name === '') {
    return { ok: false, message: 'Give the name of a model variable, such as net.' };
  }
  if (name.length > 200 || !NAME.test(name)) {
    return {
      ok: false,
      message: `"${shown}" is not a variable name: give a dotted Python name such as net or model.backbone.`
    };
  }
  for (const part of name.split('.')) {
    if (PYTHON_KEYWORDS.has(part)) {
      return { ok: false, message: `"${shown}" is not a variable name: "${part}" is a Python keyword.` };
    }
    if (part.startsWith('__')) {
      return { ok: false, message: `"${shown}" is refused: names with dunder parts are not looked up.` };
    }
  }
  return { ok: true, value: name };
}

/**
 * Input shapes as typed: one shape per input, dimensions separated by commas or
 * `x`, inputs separated by `;` (`1,3,224,224` or `1x3x32x32; 1x10`). Brackets are allowed.
 */
export function parseShapes(text: string): Checked<number[][]> {
  const inputs = text
    .split(';')
    .map(part => part.replace(/[[\]()\s]/g, ''))
    .filter(part => part !== '');
  if (inputs.length === 0) {
    return { ok: false, message: 'Give an input shape, such as 1,3,224,224.' };
  }
  if (inputs.length > MAX_INPUTS) {
    return { ok: false, message: `At most ${MAX_INPUTS} inputs are supported, got ${inputs.length}.` };
  }
  const shapes: number[][] = [];
  for (const [index, input] of inputs.entries()) {
    const where = inputs.length > 1 ? `Shape ${index + 1}` : 'The shape';
    const dims = input.split(/[,x×]/).filter(dim => dim !== '');
    if (dims.length === 0 || !dims.every(dim => /^[0-9]+$/.test(dim))) {
      return { ok: false, message: `${where} "${input}" must be positive integers separated by commas, such as 1,3,224,224.` };
    }
    const shape = dims.map(Number);
    if (shape.some(dim => dim <= 0)) {
      return { ok: false, message: `${where} "${input}" has a dimension of 0; every dimension must be positive.` };
    }
    if (shape.length > MAX_RANK) {
      return { ok: false, message: `${where} has ${shape.length} dimensions; at most ${MAX_RANK} are supported.` };
    }
    if (shape.reduce((a, b) => a * b, 1) > MAX_ELEMENTS) {
      return { ok: false, message: `${where} "${input}" is too large for a sample input (over 2^28 elements).` };
    }
    shapes.push(shape);
  }
  return { ok: true, value: shapes };
}

/** One dtype for every input, or one per input (comma separated). */
export function parseDTypes(text: string, inputs: number): Checked<DType[]> {
  const names = text
    .split(/[,;\s]+/)
    .map(name => name.trim())
    .filter(name => name !== '');
  if (names.length === 0) {
    return { ok: true, value: new Array(inputs).fill('float32') };
  }
  const unknown = names.find(name => !isDType(name));
  if (unknown !== undefined) {
    return { ok: false, message: `Unknown dtype "${unknown}".` };
  }
  if (names.length !== 1 && names.length !== inputs) {
    return { ok: false, message: `Give one dtype, or one per input (${inputs}).` };
  }
  return { ok: true, value: (names.length === 1 ? new Array(inputs).fill(names[0]) : names) as DType[] };
}

export function formatShapes(shapes: number[][]): string {
  return shapes.map(shape => shape.join(',')).join('; ');
}
