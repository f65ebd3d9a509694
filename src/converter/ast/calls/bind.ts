/**
 * Binds a call's arguments to torch's parameter list the way Python would,
 * so that every argument is known by its torch name whatever the call style.
 */
import { Param, Signature } from '../../catalog';
import { PyValue } from '../../mapping';
import { CallArgument } from './arguments';
import { pyValueOf, TextOf } from './values';

export interface BoundArgument {
  param: Param;
  value: PyValue;
  /** The argument(s) it came from: several for a var-positional parameter. */
  sources: CallArgument[];
  /** Given by position (or as `*x`). */
  positional: boolean;
}

export type BindResult = { ok: true; bound: Map<string, BoundArgument> } | { ok: false; reason: string };

export function bindCall(signature: Signature, args: readonly CallArgument[], textOf: TextOf): BindResult {
  const bound = new Map<string, BoundArgument>();
  const positional = signature.params.filter(p => p.kind === 'positional-only' || p.kind === 'positional-or-keyword');
  const varPositional = signature.params.find(p => p.kind === 'var-positional');
  const varKeyword = signature.params.find(p => p.kind === 'var-keyword');
  let next = 0;
  let sawKeyword = false;
  for (const arg of args) {
    if (arg.kind === 'doubleStar') {
      return { ok: false, reason: `keyword arguments passed as ${textOf(arg.node)} cannot be checked` };
    }
    if (arg.kind === 'positional' || arg.kind === 'star') {
      if (sawKeyword) {
        return { ok: false, reason: 'a positional argument follows a keyword argument' };
      }
      if (next < positional.length) {
        if (arg.kind === 'star') {
          return { ok: false, reason: `${textOf(arg.node)} cannot be matched to torch's parameters` };
        }
        const param = positional[next];
        bound.set(param.name, { param, value: pyValueOf(arg.value, textOf), sources: [arg], positional: true });
        next += 1;
        continue;
      }
      if (!varPositional) {
        return { ok: false, reason: `too many positional arguments (torch takes ${positional.length})` };
      }
      const existing = bound.get(varPositional.name);
      const item: PyValue = arg.kind === 'star' ? { kind: 'expr', text: textOf(arg.node) } : pyValueOf(arg.value, textOf);
      if (existing && existing.value.kind === 'varargs') {
        existing.sources.push(arg);
        existing.value.items.push(item);
        existing.value.text += `, ${item.text}`;
      } else {
        bound.set(varPositional.name, {
          param: varPositional,
          value: { kind: 'varargs', text: item.text, items: [item] },
          sources: [arg],
          positional: true
        });
      }
      continue;
    }
    sawKeyword = true;
    const param = signature.params.find(
      p => p.name === arg.name && (p.kind === 'positional-or-keyword' || p.kind === 'keyword-only')
    );
    if (!param) {
      return {
        ok: false,
        reason: varKeyword ? `keyword ${arg.name} goes to **${varKeyword.name}, which is not converted` : `torch takes no keyword ${arg.name}`
      };
    }
    if (bound.has(param.name)) {
      return { ok: false, reason: `${param.name} is given twice` };
    }
    bound.set(param.name, { param, value: pyValueOf(arg.value, textOf), sources: [arg], positional: false });
  }
  const unpacked = args.some(arg => arg.kind === 'star' || arg.kind === 'doubleStar');
  const missing = signature.params.filter(
    p => p.default === undefined && p.kind !== 'var-positional' && p.kind !== 'var-keyword' && !bound.has(p.name)
  );
  if (missing.length > 0 && !unpacked) {
    return { ok: false, reason: `torch requires ${missing.map(p => p.name).join(', ')}, which the call does not give` };
  }
  return { ok: true, bound };
}
