/**
 * torch modules start in training mode, MindSpore Cells in inference mode
 * (Dropout off, BatchNorm on its moving statistics). A network trained by a
 * rewritten step whose mode the file never sets gets `net.set_train()` where
 * torch's training mode began: after its construction, else before the
 * training loop. The network is the one whose parameters the step's optimizer
 * was built from and which the step calls.
 */
import type { SyntaxNode as Node } from '../../parse/syntax';
import type { TextEdit } from '../../edits';
import type { ConversionContext } from '../context';
import { argumentFor, readArguments } from '../calls/arguments';
import { followingLine, lineStartOf } from '../lines';
import { assignmentsByTarget } from './assignments';

export interface TrainedStep {
  optimizer: string;
  /** The statements moved into the forward function. */
  forward: Node[];
  /** The step's first statement. */
  first: Node;
  newline: string;
}

const HANDLED = new WeakMap<ConversionContext, Set<string>>();

const WHY = 'torch modules start in training mode, MindSpore Cells in inference mode (Dropout off, BatchNorm on its moving statistics)';

/** The `torch.optim.X(net.parameters(), ...)` assignment of the optimizer before `offset`, and `net`. */
export function optimisedNetwork(step: Pick<TrainedStep, 'optimizer' | 'first'>, context: ConversionContext): { network: string; assignment: Node } | undefined {
  const before = (assignmentsByTarget(context).get(step.optimizer) ?? []).filter(a => a.endIndex <= step.first.startIndex);
  const assignment = before[before.length - 1];
  const right = assignment?.childForFieldName('right');
  const callee = right?.type === 'call' ? right.childForFieldName('function') : null;
  const api = callee ? context.analysis.qualifiedName(callee) : undefined;
  if (!assignment || !right || !api?.startsWith('torch.optim.') || api.startsWith('torch.optim.lr_scheduler.')) {
    return undefined;
  }
  const params = argumentFor(readArguments(right)?.args ?? [], 0, 'params');
  const network = params && /^([A-Za-z_][\w.]*)\.parameters\(\s*\)$/.exec(params.value.text)?.[1];
  return network ? { network, assignment } : undefined;
}

export function calls(statements: Node[], callee: string): boolean {
  return statements.some(s => s.descendantsOfType('call').some(call => call?.childForFieldName('function')?.text === callee));
}

/** An insertion of `line` on a line of its own after the simple statement `statement`, if nothing else shares its last line. */
function insertAfter(statement: Node, line: string, context: ConversionContext): TextEdit | undefined {
  const following = followingLine(context, statement);
  if (!following || context.edits.isProtected(following.offset, following.offset)) {
    return undefined;
  }
  return { start: following.offset, end: following.offset, text: `${following.lineBreak}${following.indent}${line}` };
}

/** The outermost loop around the step in its function (or the module). */
function outermostLoop(step: TrainedStep): Node | undefined {
  let loop: Node | undefined;
  for (let node = step.first.parent; node && node.type !== 'function_definition' && node.type !== 'class_definition'; node = node.parent) {
    if (node.type === 'for_statement' || node.type === 'while_statement') {
      loop = node;
    }
  }
  return loop;
}

/** An insertion of `line` on a line of its own before the loop, at its indentation. */
function insertBefore(loop: Node, line: string, step: TrainedStep, context: ConversionContext): TextEdit | undefined {
  const { source } = context;
  const lineStart = lineStartOf(source, loop.startIndex);
  const indent = source.slice(lineStart, loop.startIndex);
  if (!/^[ \t]*$/.test(indent) || context.edits.isProtected(lineStart, lineStart)) {
    return undefined;
  }
  return { start: lineStart, end: lineStart, text: `${indent}${line}${step.newline}` };
}

export function trainModeEdits(step: TrainedStep, context: ConversionContext): { edits: TextEdit[]; notes: string[] } {
  const found = optimisedNetwork(step, context);
  const handled = HANDLED.get(context) ?? new Set<string>();
  HANDLED.set(context, handled);
  if (!found) {
    // The network is not known here (an optimizer passed in): say it once, unless the file sets some mode.
    const unknown = !handled.has('') && !/\.(train|set_train)\(/.test(context.source);
    handled.add('');
    return { edits: [], notes: unknown ? [`Call set_train() on the trained network before training: ${WHY}.`] : [] };
  }
  if (!calls(step.forward, found.network) || handled.has(found.network)) {
    return { edits: [], notes: [] };
  }
  const { network, assignment } = found;
  handled.add(network);
  const spelled = network.replace(/\./g, '\\.');
  if (new RegExp(`(^|[^\\w.])${spelled}\\.(train|set_train)\\(`, 'm').test(context.source)) {
    return { edits: [], notes: [] };
  }
  const line = `${network}.set_train()`;
  const constructions = (assignmentsByTarget(context).get(network) ?? []).filter(
    a => a.endIndex <= assignment.startIndex && a.childForFieldName('right')?.type === 'call' && a.parent?.type === 'expression_statement'
  );
  const construction = constructions[constructions.length - 1];
  const afterConstruction = construction && insertAfter(construction.parent!, line, context);
  if (afterConstruction) {
    const at = context.lines.position(construction.startIndex).line;
    return { edits: [afterConstruction], notes: [`${line} inserted after line ${at}, where ${network} is built: ${WHY}.`] };
  }
  const loop = outermostLoop(step);
  const evaluates = new RegExp(`(^|[^\\w.])${spelled}\\.eval\\(`, 'm').test(context.source);
  const beforeLoop = loop && !evaluates ? insertBefore(loop, line, step, context) : undefined;
  if (beforeLoop) {
    const at = context.lines.position(loop!.startIndex).line;
    return { edits: [beforeLoop], notes: [`${line} inserted before the training loop at line ${at}: ${WHY}.`] };
  }
  return { edits: [], notes: [`Call ${line} before training: ${WHY}.`] };
}
