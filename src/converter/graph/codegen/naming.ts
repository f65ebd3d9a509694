/** Local variable names in a construct body: `x = f(x)` while the old value is dead, fresh names otherwise. */
import { Value } from '../ir/graph';
import { identifier } from './python';

const RESERVED = new Set(['self', 'ops', 'nn', 'mindspore', 'Tensor', 'Parameter', 'mstype', 'initializer', 'onnx', 'np', 'print', 'input_', 'len', 'range', 'super']);

export class LocalNames {
  private readonly names = new Map<Value, string>();
  /** name -> the values it currently stands for (a value and its Identity aliases). */
  private readonly holders = new Map<string, Value[]>();
  private readonly used = new Set<string>(RESERVED);

  /** Names the construct parameters: graph input names at the root, x/y/z elsewhere. */
  parameters(values: Value[], fromValueNames: boolean): string[] {
    const defaults = ['x', 'y', 'z'];
    // Exporter-made names (input, input_0, x.1) say nothing: x, y, z read better.
    const generic = (name: string) => /^(input|x)([._]?\d+)?$/.test(name);
    const meaningful = fromValueNames && !values.every(v => generic(v.name));
    return values.map((value, i) => this.claim(value, meaningful ? identifier(value.name, 'x') : defaults[i] ?? `x${i}`));
  }

  has(value: Value): boolean {
    return this.names.has(value);
  }

  get(value: Value): string {
    const name = this.names.get(value);
    if (!name) throw new Error(`no local variable for '${value.name}'`);
    return name;
  }

  /** Gives `value` the name of `other` (Identity, or a dead input reused as `x = f(x)`). */
  alias(value: Value, name: string): void {
    this.bind(value, name);
  }

  /** `x = f(x)`: the name passes to `value`; every value it stood for is dead. */
  reuse(value: Value, name: string): void {
    this.names.set(value, name);
    this.holders.set(name, [value]);
  }

  /** Every value currently called `name` (a name can stand for a value and its Identity aliases). */
  valuesNamed(name: string): Value[] {
    return this.holders.get(name) ?? [];
  }

  private bind(value: Value, name: string): void {
    const previous = this.names.get(value);
    if (previous !== undefined) {
      this.holders.set(previous, (this.holders.get(previous) ?? []).filter(v => v !== value));
    }
    this.names.set(value, name);
    const holders = this.holders.get(name) ?? [];
    holders.push(value);
    this.holders.set(name, holders);
  }

  /** A fresh name: `out` while it is free, else the hint (a module's attribute name), else out_1, out_2, ... */
  fresh(value: Value, hint: string): string {
    for (const candidate of ['out', identifier(hint, 'out')]) {
      if (!this.used.has(candidate)) return this.claim(value, candidate);
    }
    return this.claim(value, 'out');
  }

  private claim(value: Value, base: string): string {
    let name = base;
    for (let i = 1; this.used.has(name); i++) name = `${base}_${i}`;
    this.used.add(name);
    this.bind(value, name);
    return name;
  }
}
