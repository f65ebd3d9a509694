/**
 * Turns a bound torch call into the arguments of the MindSpore call, driven
 * by the mapping entry: defaults made explicit, unsupported and dropped
 * arguments, renames, named value transforms, MindSpore-only arguments, and
 * which arguments may stay positional (from the target's real signature).
 */
import { Signature } from '../../catalog';
import { ApiTarget, ArgValue, PyValue, pythonFloat, pythonLiteral, TRANSFORMS } from '../../mapping';
import { CallArgument } from './arguments';
import { BoundArgument } from './bind';
import { sameLiteral } from './values';

export interface OutputArg {
  /** MindSpore parameter name; undefined for the items of a var-positional parameter. */
  name?: string;
  text: string;
  /** The argument it replaces (single-source outputs only). */
  source?: CallArgument;
  /** The first output of its source argument (later ones are extra arguments from one transform). */
  firstOfSource: boolean;
  /** The source argument was given by position. */
  fromPositional: boolean;
  /** Its text is the source value's text, unchanged. */
  unchanged: boolean;
  /** It comes from torch's first parameter. */
  first: boolean;
  /** Decided by choosePositions. */
  positional: boolean;
}

export interface CallPlan {
  outputs: OutputArg[];
  /** Source arguments that produce no output (dropped, or passed with a default MindSpore does not need). */
  removed: CallArgument[];
  notes: string[];
}

export type PlanResult = ({ ok: true } & CallPlan) | { ok: false; reason: string };

/** A JSON default or set value as a PyValue (names are written as import placeholders by `spell`). */
function argValue(value: ArgValue, bound: Map<string, BoundArgument>, spell: (api: string) => string): PyValue | undefined {
  if (value === null) {
    return { kind: 'none', text: 'None' };
  }
  if (typeof value === 'boolean') {
    return { kind: 'bool', text: pythonLiteral(value), value };
  }
  if (typeof value === 'number') {
    return { kind: Number.isInteger(value) ? 'int' : 'float', text: pythonLiteral(value), value };
  }
  if (typeof value === 'string') {
    return { kind: 'str', text: pythonLiteral(value), value };
  }
  if (Array.isArray(value)) {
    return { kind: 'tuple', text: pythonLiteral(value), items: value.map(item => argValue(item, bound, spell)!) };
  }
  if ('arg' in value) {
    return bound.get(value.arg)?.value;
  }
  if ('name' in value) {
    return { kind: 'expr', text: spell(value.name) };
  }
  return { kind: 'float', text: pythonFloat(value.float), value: value.float };
}

export function planCall(
  target: ApiTarget,
  torch: Signature,
  bound: Map<string, BoundArgument>,
  spell: (api: string) => string
): PlanResult {
  const all = new Map(bound);
  for (const [name, value] of Object.entries(target.defaults ?? {})) {
    const param = torch.params.find(p => p.name === name);
    const computed = all.has(name) ? undefined : argValue(value, bound, spell);
    if (param && computed) {
      all.set(name, { param, value: computed, sources: [], positional: false });
    }
  }
  const outputs: OutputArg[] = [];
  const removed: CallArgument[] = [];
  const notes: string[] = [];
  for (const param of torch.params) {
    const arg = all.get(param.name);
    if (!arg) {
      continue;
    }
    const source = arg.sources.length === 1 && param.kind !== 'var-positional' ? arg.sources[0] : undefined;
    const first = param === torch.params[0] && param.kind === 'positional-or-keyword';
    const isDefault = arg.sources.length > 0 && param.default !== undefined && sameLiteral(arg.value, param.default);
    const unsupported = target.unsupportedArgs?.[param.name];
    const dropped = target.drop?.[param.name];
    if (unsupported !== undefined || dropped !== undefined) {
      if (unsupported !== undefined && !isDefault) {
        return { ok: false, reason: `${param.name}=${arg.value.text}: ${unsupported}` };
      }
      removed.push(...arg.sources);
      if (dropped !== undefined && !isDefault && arg.sources.length > 0) {
        notes.push(`Dropped ${param.name}=${arg.value.text}: ${dropped}.`);
      }
      continue;
    }
    const name = target.rename?.[param.name] ?? param.name;
    const transformName = target.transforms?.[param.name];
    if (transformName) {
      const result = TRANSFORMS[transformName].apply({ value: arg.value, param: name, torchParam: param.name, argument: other => all.get(other)?.value, spell });
      if ('unsupported' in result) {
        return { ok: false, reason: result.unsupported };
      }
      if (result.note) {
        notes.push(result.note + '.');
      }
      if (result.args.length === 0) {
        removed.push(...arg.sources);
      }
      result.args.forEach((out, index) =>
        outputs.push({
          name: out.name,
          text: out.text,
          source,
          firstOfSource: index === 0,
          // Only the argument that keeps the parameter's own name may stay positional.
          fromPositional: arg.positional && index === 0 && out.name === name,
          unchanged: result.args.length === 1 && out.name === name && out.text === arg.value.text,
          first,
          positional: false
        })
      );
      continue;
    }
    if (param.kind === 'var-positional' && arg.value.kind === 'varargs') {
      arg.value.items.forEach((item, index) =>
        outputs.push({
          text: item.text,
          source: arg.sources[index],
          firstOfSource: true,
          fromPositional: true,
          unchanged: true,
          first: false,
          positional: false
        })
      );
      continue;
    }
    outputs.push({ name, text: arg.value.text, source, firstOfSource: true, fromPositional: arg.positional, unchanged: true, first, positional: false });
  }
  const merged = mergeDuplicates(outputs);
  if (!Array.isArray(merged)) {
    return { ok: false, reason: merged.reason };
  }
  outputs.splice(0, outputs.length, ...merged);
  for (const [name, value] of Object.entries(target.setArgs ?? {})) {
    const computed = argValue(value, bound, spell);
    if (computed) {
      outputs.push({ name, text: computed.text, firstOfSource: true, fromPositional: false, unchanged: false, first: false, positional: false });
    }
  }
  return { ok: true, outputs, removed, notes };
}

/**
 * Several torch arguments may ask for the same MindSpore one (pooling's
 * padding and ceil_mode both need pad_mode='pad'): equal values merge, a
 * conflict cannot be converted.
 */
function mergeDuplicates(outputs: OutputArg[]): OutputArg[] | { reason: string } {
  const seen = new Map<string, OutputArg>();
  const merged: OutputArg[] = [];
  for (const output of outputs) {
    const earlier = output.name === undefined ? undefined : seen.get(output.name);
    if (!earlier) {
      if (output.name !== undefined) {
        seen.set(output.name, output);
      }
      merged.push(output);
    } else if (earlier.text !== output.text) {
      return { reason: `${output.name} would be both ${earlier.text} and ${output.text}` };
    }
  }
  return merged;
}

/**
 * Decides which outputs stay positional: those given by position that land on
 * a parameter of the same name in the target's signature (or on its
 * `*args`), up to the first that does not. `firstPositional` forces the first
 * output positional (a function's input tensor, named differently across
 * MindSpore versions); `offset` is the number of positional arguments before
 * them (the receiver of a method turned into a function).
 */
export function choosePositions(
  outputs: OutputArg[],
  signatures: readonly Signature[] | undefined,
  options: { firstPositional: boolean; offset: number }
): { ok: true } | { ok: false; reason: string } {
  const signature = signatures?.find(s => outputs.every(o => o.name === undefined || s.params.some(p => p.name === o.name))) ?? signatures?.[0];
  const params = signature?.params ?? [];
  const slotAt = (position: number) => {
    const param = params[position];
    if (param && (param.kind === 'positional-only' || param.kind === 'positional-or-keyword' || param.kind === 'var-positional')) {
      return param;
    }
    const variadic = params.findIndex(p => p.kind === 'var-positional');
    return variadic >= 0 && variadic <= position ? params[variadic] : undefined;
  };
  let position = options.offset;
  let positional = true;
  for (const [index, output] of outputs.entries()) {
    const slot = slotAt(position);
    // A *args slot takes the values given by position, never a keyword argument (dtype= after the sizes).
    const fits =
      slot !== undefined &&
      (slot.kind === 'var-positional' ? output.name === undefined || output.fromPositional : output.name === slot.name && output.fromPositional);
    // ...unless another output is the keyword for that slot (randint(high, size) -> randint(high=..., size=..., low=0)).
    const taken = slot !== undefined && slot.kind !== 'var-positional' && outputs.some(other => other !== output && other.name === slot.name);
    const forced = index === 0 && options.firstPositional && output.first && output.firstOfSource && output.source !== undefined && !taken;
    // Without a known signature only *args values stay positional (they cannot become keywords).
    const unknownVarargs = signature === undefined && output.name === undefined;
    output.positional = positional && (forced || fits || unknownVarargs);
    if (output.positional) {
      position += 1;
    } else if (output.name === undefined) {
      return { ok: false, reason: 'the values of *args cannot be passed after keywords' };
    } else {
      positional = false;
    }
  }
  return { ok: true };
}
