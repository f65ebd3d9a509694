/**
 * torch functions whose overloads MindSpore's classic API splits into
 * different functions. The call's arguments pick the overload; the call is
 * then converted by the generic data-driven path with that overload's
 * parameters and target:
 *
 * - max/min: `torch.max(x)` reduces everything (`ops.amax(x)`),
 *   `torch.max(x, 1)` / `dim=1` returns (values, indices) (`ops.max(x, axis=1)`;
 *   MindSpore 2.2's `x.max(axis=1, return_indices=True)`),
 *   `torch.max(x, other=y)` and `torch.max(x, b[:, 0])` (a sliced tensor) are elementwise
 *   (`ops.maximum(x, y)`); a plain name may be either and is refused; tensor methods alike.
 * - randint/randint_like: `randint(high, size)` leaves `low` (0) out,
 *   `randint(low, high, size)` gives it; MindSpore always needs it.
 */
import type { SyntaxNode as Node } from '../../parse/syntax';
import { convertCall } from '../calls/convertCall';
import { readArguments } from '../calls/arguments';
import type { ApiTarget, MappingEntry } from '../../mapping';
import type { CallSite, EntryRewriter, SiteResult } from './types';

const OUT = { out: 'MindSpore functions return new tensors; assign the result' };
/** torch's (values, indices) named tuple: MindSpore returns a plain tuple (`.values` -> `[0]`). */
const VALUES_INDICES = { fields: ['values', 'indices'] };

interface Overload {
  args: string[];
  target: ApiTarget;
}

function isIntLiteral(node: Node): boolean {
  return node.type === 'integer' || (node.type === 'unary_operator' && node.text.startsWith('-') && node.namedChildren[0]?.type === 'integer');
}

/**
 * A subscript whose index has a slice, None or Ellipsis (`b[:, 0]`, `b[:, None, :2]`) slices a
 * tensor: a dim is never written so, so the call is the elementwise overload.
 */
function isSlicedTensor(node: Node): boolean {
  if (node.type !== 'subscript') return false;
  const indices = node.childrenForFieldName('subscript');
  return indices.some(index => index?.type === 'slice' || index?.type === 'none' || index?.type === 'ellipsis');
}

function convertAs(site: CallSite, context: Parameters<EntryRewriter>[1], overload: Overload): SiteResult {
  const entry: MappingEntry = { ...site.entry, args: overload.args };
  return convertCall({ ...site, entry, target: overload.target }, context);
}

/** `torch.max` / `torch.min` and the tensor methods: reduce-all, along a dim, or elementwise with another tensor. */
export const minMaxOverloads: EntryRewriter = (site, context) => {
  const name = site.api.endsWith('max') ? 'max' : 'min';
  const method = site.entry.kind === 'method';
  const parsed = readArguments(site.call);
  if (!parsed || parsed.args.some(arg => arg.kind === 'star' || arg.kind === 'doubleStar')) {
    return { ok: false, reason: `${name}() with unpacked arguments: the overload (all, dim or other) cannot be told` };
  }
  const positional = parsed.args.filter(arg => arg.kind === 'positional');
  const keywords = parsed.args.filter(arg => arg.kind === 'keyword').map(arg => arg.name!);
  const second = positional[method ? 0 : 1];
  const input = method ? [] : ['input'];
  if (!second && !keywords.some(k => k === 'dim' || k === 'other' || k === 'keepdim')) {
    return convertAs(site, context, {
      args: [...input],
      target: method ? { api: `mindspore.Tensor.${name}` } : { api: `mindspore.ops.a${name}` }
    });
  }
  if (keywords.includes('dim') || keywords.includes('keepdim') || positional.length > input.length + 1 || (second && isIntLiteral(second.value))) {
    const converted = convertAs(site, context, {
      args: [...input, 'dim', 'keepdim=False', '*', 'out=None'],
      target: method
        ? {
            api: `mindspore.Tensor.${name}`,
            unsupportedArgs: OUT,
            // MindSpore 2.2's Tensor.max(axis) returns the values only; return_indices gives torch's (values, indices).
            legacy: {
              api: `mindspore.Tensor.${name}`,
              rename: { dim: 'axis', keepdim: 'keepdims' },
              setArgs: { return_indices: true },
              unsupportedArgs: OUT
            }
          }
        : { api: `mindspore.ops.${name}`, rename: { dim: 'axis', keepdim: 'keepdims' }, unsupportedArgs: OUT }
    });
    return converted.ok ? { ...converted, result: VALUES_INDICES } : converted;
  }
  if (keywords.includes('other') || (second && positional.length === input.length + 1 && isSlicedTensor(second.value))) {
    return convertAs(site, context, {
      args: [...input, 'other', '*', 'out=None'],
      target: { api: method ? `mindspore.Tensor.${name}imum` : `mindspore.ops.${name}imum`, unsupportedArgs: OUT }
    });
  }
  return {
    ok: false,
    reason:
      `the second argument ${second!.value.text} may be a dim or a tensor: write dim=${second!.value.text} for the (values, indices) overload, ` +
      `or torch.${name}imum(...) for the elementwise one`
  };
};

/**
 * `torch.randint(high, size)` / `(low, high, size)` and `torch.randint_like(x, high)` / `(x, low, high)`.
 * Classic: `ops.randint(low, high, size)` always needs low (0 when the call leaves it out).
 * mint: `mint.randint(*args, generator=None, dtype=None)` picks the overload from the positional
 * arguments itself, but takes none of them by keyword; a call that names them goes to the classic API.
 */
export const randintOverloads: EntryRewriter = (site, context) => {
  const like = site.api.endsWith('_like');
  const parsed = readArguments(site.call);
  if (!parsed || parsed.args.some(arg => arg.kind === 'star' || arg.kind === 'doubleStar')) {
    return { ok: false, reason: 'randint() with unpacked arguments: whether low is given cannot be told' };
  }
  const named = (name: string) => parsed.args.some(arg => arg.kind === 'keyword' && arg.name === name);
  const head = like ? ['input'] : [];
  const tail = like
    ? ['*', 'dtype=None', 'layout=None', 'device=None', 'requires_grad=False', 'memory_format=None']
    : ['*', 'generator=None', 'out=None', 'dtype=None', 'layout=None', 'device=None', 'requires_grad=False'];
  const bounds = like ? ['low', 'high'] : ['low', 'high', 'size'];
  const mint = site.target.api.startsWith('mindspore.mint.');
  const byKeyword = [...head, ...bounds].filter(named);
  if (mint && byKeyword.length === 0) {
    return convertAs(site, context, { args: site.entry.args ?? [...head, '*args', ...tail], target: { ...site.target, rewriter: undefined } });
  }
  const classic = mint ? site.entry.classic : site.target;
  if (!classic) {
    return { ok: false, reason: `${site.target.api} takes ${byKeyword.join(', ')} by position only` };
  }
  const positional = parsed.args.filter(arg => arg.kind === 'positional').length - head.length;
  const withLow = named('low') || positional >= bounds.length;
  const params = withLow ? [...head, ...bounds] : [...head, ...bounds.slice(1)];
  // The entry's target keeps what it says about the keywords (drop device, refuse generator); low defaults to 0.
  const target: ApiTarget = { ...classic, rewriter: undefined, ...(withLow ? {} : { setArgs: { ...classic.setArgs, low: 0 } }) };
  const result = convertAs(site, context, { args: [...params, ...tail], target });
  if (mint && result.ok) {
    result.notes.push(`${site.target.api} takes ${byKeyword.join(', ')} by position only: converted to the classic ${classic.api}`);
  }
  return result;
};
