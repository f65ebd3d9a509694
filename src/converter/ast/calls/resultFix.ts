/**
 * Repairs, at a converted call, what MindSpore returns differently from torch,
 * so that the converted code computes what torch computed:
 *
 * - a plain tuple where torch returns a named tuple: `topk(...).indices` ->
 *   `topk(...)[1]`;
 * - another dtype (int32 indices where torch gives int64): the result is cast,
 *   `ops.argmin(x).astype(mindspore.int64)`. A tuple result is cast where the
 *   code takes it apart: `v, i = topk(...)` gets a following
 *   `i = i.astype(...)` line, `t = topk(...)` a following
 *   `t = (t[0], t[1].astype(...))`, `topk(...)[1]` and `.indices` get the
 *   cast, an unused `_` needs none. Elsewhere (`return topk(...)`) nothing can
 *   be cast in place: the report says so.
 */
import type { SyntaxNode as Node } from '../../parse/syntax';
import { ResultFix, tupleText } from '../../mapping';
import { ConversionContext, textOf } from '../context';
import { followingLine } from '../lines';
import { spellTarget, withoutPlaceholders } from '../spelling';

const SIMPLE_TARGET = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/;

interface Cast {
  /** `.astype(<placeholder>.int64)` */
  suffix: string;
  /** `int64` */
  dtype: string;
  item?: number;
  /** Items in the tuple result. */
  count: number;
  /** `indices`, or `item 1` without field names. */
  itemName: string;
  why: string;
}

/** Adds the edits that repair the result of `call` (already converted); returns the notes for the report. */
export function fixResultOf(context: ConversionContext, call: Node, fix: ResultFix): string[] {
  const cast = fix.cast && castOf(fix);
  const add = (start: number, end: number, text: string, note: string): string[] =>
    context.edits.addGroup([{ start, end, text }]) ? [note] : [`The result could not be repaired here: ${note.charAt(0).toLowerCase()}${note.slice(1)}`];
  const parent = call.parent;
  if (fix.fields && parent?.type === 'attribute' && parent.childForFieldName('object')?.id === call.id) {
    const field = parent.childForFieldName('attribute')!.text;
    const index = fix.fields.indexOf(field);
    if (index < 0) {
      return [`MindSpore returns a plain tuple: .${field} does not exist on it.`];
    }
    const casted = cast !== undefined && index === cast.item;
    const note = `MindSpore returns a plain tuple: .${field} is item ${index}.${casted ? ` ${castNote(cast)}` : ''}`;
    return add(parent.startIndex, parent.endIndex, `${textOf(context, call)}[${index}]${casted ? cast.suffix : ''}`, note);
  }
  if (!cast) {
    return [];
  }
  if (cast.item === undefined) {
    return add(call.startIndex, call.endIndex, `${textOf(context, call)}${cast.suffix}`, `The result is cast to ${cast.dtype}: ${cast.why}.`);
  }
  if (parent?.type === 'subscript' && parent.childForFieldName('value')?.id === call.id) {
    const index = integerIndex(parent);
    if (index === undefined) {
      return [`The ${cast.itemName} (item ${cast.item} of the result) stay int32 where this subscript picks them (torch: ${cast.dtype}).`];
    }
    return (index + cast.count) % cast.count === cast.item ? add(parent.startIndex, parent.endIndex, `${textOf(context, parent)}${cast.suffix}`, castNote(cast)) : [];
  }
  const assigned = assignedTarget(call, cast.item, cast.count);
  if (assigned === null) {
    return [];
  }
  if (assigned) {
    const line = followingLine(context, assigned.statement);
    const name = context.source.slice(assigned.target.startIndex, assigned.target.endIndex);
    // `a, b = call` casts the one name; `t = call` rebuilds the tuple with the item cast.
    const value = assigned.whole
      ? tupleText(Array.from({ length: cast.count }, (_, i) => `${name}[${i}]${i === cast.item ? cast.suffix : ''}`))
      : `${name}${cast.suffix}`;
    if (line) {
      return add(line.offset, line.offset, `${line.lineBreak}${line.indent}${name} = ${value}`, castNote(cast));
    }
    return [
      `The ${cast.itemName} stay int32 (torch: ${cast.dtype}): the statement shares its line, so no cast can follow it; ` +
        `add ${name} = ${withoutPlaceholders(value)}.`
    ];
  }
  return [
    `The ${cast.itemName} (item ${cast.item} of the result) stay int32 here (torch: ${cast.dtype}): ` +
      `assign the result to a name to have them cast, or add ${withoutPlaceholders(cast.suffix)} where they are used.`
  ];
}

function castOf(fix: ResultFix): Cast {
  const { dtype, item } = fix.cast!;
  const name = dtype.slice(dtype.lastIndexOf('.') + 1);
  return {
    suffix: `.astype(${spellTarget(dtype)})`,
    dtype: name,
    item,
    count: fix.fields?.length ?? (item ?? 0) + 1,
    itemName: (item !== undefined && fix.fields?.[item]) || `item ${item}`,
    why: `MindSpore returns int32 where torch returns ${name}`
  };
}

function castNote(cast: Cast): string {
  return `The ${cast.itemName} are cast to ${cast.dtype}: ${cast.why}.`;
}

/** The integer literal of `t[n]` (negative too), if that is the subscript. */
function integerIndex(subscript: Node): number | undefined {
  const indices = subscript.childrenForFieldName('subscript').filter((n): n is Node => !!n);
  if (indices.length !== 1) {
    return undefined;
  }
  const text = indices[0].text.replace(/\s+/g, '');
  return /^-?\d+$/.test(text) ? Number(text) : undefined;
}

/**
 * `a, b = call` or `t = call` as a whole statement: the target that receives
 * item `item` (or the whole tuple), null when it is `_` (nothing to cast), or
 * undefined when the result is not assigned that way.
 */
function assignedTarget(call: Node, item: number, count: number): { target: Node; statement: Node; whole: boolean } | null | undefined {
  const assignment = call.parent;
  if (assignment?.type !== 'assignment' || assignment.childForFieldName('right')?.id !== call.id) {
    return undefined;
  }
  const left = assignment.childForFieldName('left');
  const statement = assignment.parent;
  if (!left || statement?.type !== 'expression_statement') {
    return undefined;
  }
  if (left.type === 'identifier' || left.type === 'attribute') {
    return SIMPLE_TARGET.test(left.text) ? { target: left, statement, whole: true } : undefined;
  }
  if (left.type !== 'pattern_list' && left.type !== 'tuple_pattern') {
    return undefined;
  }
  const targets = left.namedChildren.filter((n): n is Node => !!n && n.type !== 'comment');
  if (targets.length !== count) {
    return undefined;
  }
  const target = targets[item];
  if (target.text === '_') {
    return null;
  }
  return SIMPLE_TARGET.test(target.text) ? { target, statement, whole: false } : undefined;
}
