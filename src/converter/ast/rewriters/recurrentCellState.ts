/**
 * nn.RNNCell / GRUCell / LSTMCell: torch's forward(input, hx=None) starts
 * from zeros when hx is left out, MindSpore's construct(x, hx) requires it.
 * The constructor converts as its entry says; the calls of the instance it is
 * assigned to (`m = nn.GRUCell(...)` ... `m(x)`, `self.cell = ...` ...
 * `self.cell(x)` in the same class) that leave hx out get torch's zeros:
 * `m(x, ops.zeros((x.shape[0], m.hidden_size), x.dtype))` (an LSTMCell gets
 * the (h, c) pair). Calls the converter cannot find are named in the report.
 */
import type { SyntaxNode as Node } from '../../parse/syntax';
import type { TextEdit } from '../../edits';
import { readArguments } from '../calls/arguments';
import { convertCall } from '../calls/convertCall';
import { ConversionContext, textOf } from '../context';
import { spellTarget } from '../spelling';
import type { EntryRewriter } from './types';

/** An input that may be written twice (no call inside, so nothing runs twice). */
const SIMPLE_INPUT = /^[A-Za-z_][\w.]*(\[[^\[\]()]*\])*$/;

/** The calls `cell(...)` of the instance the constructor call is assigned to, if the code shows them. */
function instanceCalls(context: ConversionContext, constructor: Node): Node[] | undefined {
  const assignment = constructor.parent;
  const target = assignment?.type === 'assignment' && assignment.childForFieldName('right')?.id === constructor.id ? assignment.childForFieldName('left') : null;
  if (target?.type === 'identifier') {
    const calls: Node[] = [];
    for (const load of context.analysis.scopes.loads) {
      const bindings = load.chain.length === 0 && load.name === target.text ? load.scope.lookup(load.name) : [];
      const call = load.node.parent;
      if (bindings.length > 0 && bindings.every(b => b.node.id === target.id) && call?.type === 'call' && call.childForFieldName('function')?.id === load.node.id) {
        calls.push(call);
      }
    }
    return calls;
  }
  if (target?.type === 'attribute' && target.childForFieldName('object')?.type === 'identifier') {
    let owner: Node | null = target;
    while (owner && owner.type !== 'class_definition') {
      owner = owner.parent;
    }
    if (!owner) {
      return undefined;
    }
    return context.analysis.scopes.calls
      .filter(({ call, callee }) => callee?.type === 'attribute' && callee.text === target.text && owner!.startIndex <= call.startIndex && call.endIndex <= owner!.endIndex)
      .map(({ call }) => call);
  }
  return undefined;
}

export const recurrentCellState: EntryRewriter = (site, context) => {
  const result = convertCall({ ...site, target: { ...site.target, rewriter: undefined } }, context);
  if (!result.ok) {
    return result;
  }
  const cellName = site.api.slice(site.api.lastIndexOf('.') + 1);
  const lstm = cellName === 'LSTMCell';
  const calls = instanceCalls(context, site.call);
  const edits: TextEdit[] = [];
  const filled: number[] = [];
  const unfilled: number[] = [];
  for (const call of calls ?? []) {
    const parsed = readArguments(call);
    const args = parsed?.args ?? [];
    const line = context.lines.position(call.startIndex).line;
    if (args.length === 1 && args[0].kind === 'positional') {
      const input = textOf(context, args[0].value);
      if (!SIMPLE_INPUT.test(input)) {
        unfilled.push(line);
        continue;
      }
      const cell = textOf(context, call.childForFieldName('function')!);
      const zeros = `${spellTarget('mindspore.ops.zeros')}((${input}.shape[0], ${cell}.hidden_size), ${input}.dtype)`;
      edits.push({ start: args[0].node.endIndex, end: args[0].node.endIndex, text: `, ${lstm ? `(${zeros}, ${zeros})` : zeros}` });
      filled.push(line);
    } else if (args.length === 0 || args.some(arg => arg.kind === 'star' || arg.kind === 'doubleStar')) {
      unfilled.push(line);
    }
  }
  const state = lstm ? 'hx=(h, c)' : 'hx';
  const lines = (numbers: number[]) => `${numbers.length > 1 ? 'lines' : 'line'} ${numbers.join(', ')}`;
  const notes = [...result.notes];
  if (filled.length > 0) {
    notes.push(`MindSpore's ${cellName} requires ${state}: its calls without one get torch's default zeros (${lines(filled)})`);
  }
  const located = calls !== undefined && calls.length > 0;
  if (unfilled.length > 0 || !located) {
    const where = located ? `at ${lines(unfilled)}` : 'where the cell is called without one';
    notes.push(`MindSpore's ${cellName} requires ${state}: pass ${lstm ? '(zeros, zeros)' : 'zeros'} of shape (batch, hidden_size), torch's default, ${where}`);
  }
  return { ...result, edits: [...result.edits, ...edits], notes };
};
