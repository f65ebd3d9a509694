/**
 * The torch training step, rewritten to MindSpore's functional form:
 *
 *     optimizer.zero_grad()                  def forward_fn(data, target):
 *     output = model(data)                       output = model(data)
 *     loss = criterion(output, target)   ->      loss = criterion(output, target)
 *     loss.backward()                            return loss
 *     optimizer.step()                       grad_fn = mindspore.value_and_grad(forward_fn, None, optimizer.parameters)
 *                                            loss, grads = grad_fn(data, target)
 *                                            optimizer(grads)
 *
 * The entries of zero_grad(), backward() and step() name this rewriter; the
 * first of the three calls reached rewrites the whole step, the others are
 * then reported as part of it. The forward function takes the step's inputs
 * (loop variables and names assigned earlier in the loop body) and returns,
 * besides the loss, what the rest of the code reads of its locals
 * (has_aux=True). Anything else is refused with the precise reason.
 */
import type { SyntaxNode as Node } from '../../parse/syntax';
import type { TextEdit } from '../../edits';
import { argumentFor, readArguments } from '../calls/arguments';
import type { ConversionContext } from '../context';
import { lineStartOf } from '../lines';
import { spellTarget } from '../spelling';
import { assignmentsByTarget } from './assignments';
import { calls, optimisedNetwork, trainModeEdits } from './trainMode';
import type { EntryRewriter, SiteResult } from './types';

interface StepPattern {
  zeroGrad?: Node;
  forward: Node[];
  backward: Node;
  step: Node;
  /** The loss: the receiver of backward(). */
  loss: Node;
  optimizer: string;
  /** clip_grad_norm_(..., max_norm) between backward() and step(). */
  clip?: { statement: Node; maxNorm: string };
}

/** What a finished rewrite tells the other two calls of the same step. */
interface Done {
  converted: string;
  line: number;
}

const DONE = new WeakMap<ConversionContext, Map<number, Done>>();

/** The method call a statement consists of (`x.name(...)`), if it is one. */
function methodStatement(statement: Node, method: string): { call: Node; receiver: Node } | undefined {
  if (statement.type !== 'expression_statement' || statement.namedChildCount !== 1) {
    return undefined;
  }
  const call = statement.namedChildren[0]!;
  const fn = call.type === 'call' ? call.childForFieldName('function') : null;
  if (!fn || fn.type !== 'attribute' || fn.childForFieldName('attribute')!.text !== method) {
    return undefined;
  }
  return { call, receiver: fn.childForFieldName('object')! };
}

function hasArguments(call: Node): boolean {
  return call.childForFieldName('arguments')!.namedChildren.some(child => child?.type !== 'comment');
}

/** `clip_grad_norm_(net.parameters(), max_norm)` (2-norm, any spelling of the function), and its max_norm. */
function clipStatement(statement: Node): { statement: Node; maxNorm: string } | undefined {
  const call = statement.type === 'expression_statement' && statement.namedChildCount === 1 ? statement.namedChildren[0]! : undefined;
  const fn = call?.type === 'call' ? call.childForFieldName('function') : null;
  if (!call || !fn || !/(^|\.)clip_grad_norm_$/.test(fn.text)) {
    return undefined;
  }
  const args = readArguments(call)?.args ?? [];
  const parameters = argumentFor(args, 0, 'parameters')?.value;
  const maxNorm = argumentFor(args, 1, 'max_norm')?.value;
  const normType = argumentFor(args, 2, 'norm_type')?.value;
  if (!parameters || !/\.parameters\(\)$/.test(parameters.text) || !maxNorm || (normType && !/^2(\.0*)?$/.test(normType.text))) {
    return undefined;
  }
  return { statement, maxNorm: maxNorm.text };
}

/** Names a statement assigns, at any depth outside nested functions (`a = ...`, `a, b = ...`, `a += ...`, `for a in ...`). */
function assignedNames(statement: Node): string[] {
  const names = new Set<string>();
  const targets = (left: Node) => {
    const ids = left.type === 'identifier' ? [left] : left.descendantsOfType('identifier');
    for (const id of ids) {
      if (id && id.parent?.type !== 'attribute' && id.parent?.type !== 'subscript') {
        names.add(id.text);
      }
    }
  };
  const visit = (node: Node) => {
    if (node.type === 'function_definition' || node.type === 'class_definition' || node.type === 'lambda') {
      return;
    }
    if (node.type === 'assignment' || node.type === 'augmented_assignment' || node.type === 'for_statement') {
      targets(node.childForFieldName('left')!);
    }
    node.namedChildren.forEach(child => child && visit(child));
  };
  visit(statement);
  return [...names];
}

/** Whether a statement can move into a function: no break/continue/return/yield of its own. */
function movable(statement: Node): boolean {
  const escapes = (node: Node, inLoop: boolean): boolean => {
    if (node.type === 'function_definition' || node.type === 'class_definition' || node.type === 'lambda') {
      return false;
    }
    if (node.type === 'return_statement' || node.type === 'yield' || node.type === 'global_statement' || node.type === 'nonlocal_statement') {
      return true;
    }
    if ((node.type === 'break_statement' || node.type === 'continue_statement') && !inLoop) {
      return true;
    }
    const loop = inLoop || node.type === 'for_statement' || node.type === 'while_statement';
    return node.namedChildren.some(child => !!child && escapes(child, loop));
  };
  return !escapes(statement, false);
}

function statementsOf(block: Node): Node[] {
  return block.namedChildren.filter((child): child is Node => !!child && child.type !== 'comment');
}

/** Finds the training step around one of its calls, or says why there is none. */
/** Whether `block` is the body of an `if` whose enclosing block calls backward() before it: gradient accumulation (step every N iterations). */
function accumulates(block: Node): boolean {
  const branch = block.parent;
  if (!branch || (branch.type !== 'if_statement' && branch.type !== 'elif_clause')) {
    return false;
  }
  const statement = branch.type === 'if_statement' ? branch : branch.parent!;
  const outer = statement.parent;
  if (!outer) {
    return false;
  }
  const before = statementsOf(outer).filter(s => s.endIndex <= statement.startIndex);
  return before.some(s => methodStatement(s, 'backward') !== undefined);
}

function accumulationReason(optimizer: string): string {
  return (
    `backward() runs every iteration and ${optimizer}.step() under a condition: gradient accumulation, which MindSpore does not do ` +
    'on the parameters; add up the grads value_and_grad returns across iterations and call the optimizer with the sum'
  );
}

function findStep(site: Node, context: ConversionContext): StepPattern | { reason: string } {
  const statement = site.parent;
  if (!statement || statement.type !== 'expression_statement' || statement.namedChildCount !== 1) {
    return { reason: 'the call is not a statement of its own, so it is not part of a recognisable training step' };
  }
  const block = statement.parent!;
  const statements = statementsOf(block);
  const at = statements.findIndex(s => s.id === statement.id);
  const isStep = (s: Node) => {
    const step = methodStatement(s, 'step');
    return step !== undefined && !hasArguments(step.call) && !isScheduler(step.receiver, context);
  };
  let stepIndex = -1;
  for (let i = at; i < statements.length; i += 1) {
    if (isStep(statements[i])) {
      stepIndex = i;
      break;
    }
  }
  if (stepIndex < 0) {
    const conditionalStep = statements
      .slice(at + 1)
      .find(s => s.type === 'if_statement' && s.descendantsOfType('expression_statement').some(e => !!e && isStep(e)));
    if (conditionalStep && methodStatement(statement, 'backward')) {
      return { reason: accumulationReason(methodStatement(conditionalStep.descendantsOfType('expression_statement').find(e => !!e && isStep(e))!, 'step')!.receiver.text) };
    }
    return { reason: 'no optimizer.step() follows in the same block: the training step is not recognised' };
  }
  // The step's statements start after the previous step() of the block.
  let segmentStart = stepIndex - 1;
  while (segmentStart >= 0 && !isStep(statements[segmentStart])) {
    segmentStart -= 1;
  }
  const segment = statements.slice(segmentStart + 1, stepIndex);
  const backwards = segment.filter(s => methodStatement(s, 'backward'));
  const step = statements[stepIndex];
  const optimizer = methodStatement(step, 'step')!.receiver;
  if (optimizer.type !== 'identifier' && optimizer.type !== 'attribute') {
    return { reason: `${optimizer.text}.step(): the optimizer must be a name to be called with the gradients` };
  }
  if (backwards.length !== 1) {
    return backwards.length === 0
      ? { reason: accumulates(block) ? accumulationReason(optimizer.text) : `no loss.backward() before ${optimizer.text}.step() in the same block: the training step is not recognised` }
      : {
          reason:
            `${backwards.length} backward() calls before ${optimizer.text}.step(): their gradients accumulate in torch; ` +
            'write one forward function that returns the sum of the losses'
        };
  }
  const backward = backwards[0];
  const backwardCall = methodStatement(backward, 'backward')!;
  const scaled = backwardCall.receiver.type === 'call' ? backwardCall.receiver.childForFieldName('function') : null;
  if (scaled?.type === 'attribute' && scaled.childForFieldName('attribute')!.text === 'scale') {
    return {
      reason:
        `${backwardCall.receiver.text}.backward(): a loss scaled by a torch.cuda.amp.GradScaler; MindSpore scales the loss inside the forward function ` +
        '(mindspore.amp.DynamicLossScaler: scale, then unscale the grads and check all_finite): convert this step by hand'
    };
  }
  if (hasArguments(backwardCall.call)) {
    return { reason: `${backwardCall.call.text}: backward() with arguments (retain_graph, gradients) has no functional counterpart here` };
  }
  // Statements between backward() and step() stay where they are, unless they work on the parameters' gradients;
  // clip_grad_norm_(net.parameters(), max_norm) becomes a clipping of the returned grads.
  let clip: { statement: Node; maxNorm: string } | undefined;
  for (const between of statements.slice(statements.indexOf(backward) + 1, stepIndex)) {
    const clipping = clipStatement(between);
    if (clipping && !clip) {
      clip = clipping;
    } else if (/\.grad\b|clip_grad|\.parameters\(\)/.test(between.text) || methodStatement(between, 'zero_grad')) {
      return {
        reason: `${between.text.split('\n')[0]} runs between backward() and step() on the parameters' gradients, which MindSpore does not keep; ` +
          'transform the grads returned by value_and_grad instead'
      };
    }
  }
  // zero_grad()'s only parameter, set_to_none, changes nothing where no gradient is kept.
  const zeroGrads = segment.filter(s => methodStatement(s, 'zero_grad'));
  if (zeroGrads.length > 1) {
    return { reason: 'several zero_grad() calls in one training step' };
  }
  const zeroGrad = zeroGrads[0];
  const backwardAt = statements.indexOf(backward);
  const zeroAt = zeroGrad ? statements.indexOf(zeroGrad) : -1;
  // The contiguous simple statements ending before `end` (zero_grad() skipped), back to the step's start.
  const runBefore = (end: number): Node[] => {
    const run: Node[] = [];
    for (let i = end - 1; i > segmentStart; i -= 1) {
      if (statements[i] === zeroGrad) {
        continue;
      }
      if (!movable(statements[i])) {
        break;
      }
      run.unshift(statements[i]);
    }
    return run;
  };
  const loss = backwardCall.receiver;
  const computesLoss = (run: Node[]) => loss.type !== 'identifier' || run.some(s => assignedNames(s).includes(loss.text));
  let forward: Node[];
  if (zeroAt >= 0 && zeroAt < backwardAt) {
    const afterZero = statements.slice(zeroAt + 1, backwardAt);
    // zero_grad() opens the step, or sits between the forward statements and backward().
    forward = afterZero.every(movable) && computesLoss(afterZero) ? afterZero : [...runBefore(zeroAt), ...afterZero];
  } else {
    forward = runBefore(backwardAt);
  }
  if (!forward.every(movable) || !computesLoss(forward)) {
    return { reason: `the loss ${loss.text} is not computed by the statements right before ${loss.text}.backward()` };
  }
  return { zeroGrad, forward, backward, step, loss, optimizer: optimizer.text, clip };
}

interface NameEvent {
  name: string;
  store: boolean;
  offset: number;
}

/** The reads and stores of names under `node`, in the order Python evaluates them (right side before targets). */
function nameEvents(node: Node): NameEvent[] {
  const events: NameEvent[] = [];
  const stores = (left: Node) => {
    if (left.type === 'identifier') {
      events.push({ name: left.text, store: true, offset: left.startIndex });
    } else if (['pattern_list', 'tuple_pattern', 'list_pattern', 'parenthesized_expression', 'tuple', 'list'].includes(left.type)) {
      left.namedChildren.forEach(child => child && stores(child));
    } else {
      walk(left, left.parent); // a[i] = ..., a.b = ...: a is read
    }
  };
  // The parent travels with the walk: Node.parent searches down from the root each time.
  const walk = (n: Node, parent: Node | null) => {
    switch (n.type) {
      case 'function_definition':
      case 'class_definition':
      case 'lambda':
        return;
      case 'assignment':
        if (n.childForFieldName('right')) {
          walk(n.childForFieldName('right')!, n);
        }
        stores(n.childForFieldName('left')!);
        return;
      case 'augmented_assignment':
        walk(n.childForFieldName('left')!, n);
        walk(n.childForFieldName('right')!, n);
        stores(n.childForFieldName('left')!);
        return;
      case 'for_statement':
        walk(n.childForFieldName('right')!, n);
        stores(n.childForFieldName('left')!);
        walk(n.childForFieldName('body')!, n);
        if (n.childForFieldName('alternative')) {
          walk(n.childForFieldName('alternative')!, n);
        }
        return;
      case 'identifier': {
        const isAttributeName = parent?.type === 'attribute' && parent.childForFieldName('attribute')?.id === n.id;
        const isKeyword = parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.id === n.id;
        if (!isAttributeName && !isKeyword) {
          events.push({ name: n.text, store: false, offset: n.startIndex });
        }
        return;
      }
      default:
        n.namedChildren.forEach(child => child && walk(child, n));
    }
  };
  walk(node, node.parent);
  return events;
}

/** Whether the first event of `name` in `events` is a read (the value comes from before). */
function readFirst(events: readonly NameEvent[], name: string): boolean {
  return events.find(event => event.name === name)?.store === false;
}

function forwardEvents(pattern: StepPattern): NameEvent[] {
  return pattern.forward.flatMap(nameEvents);
}

/** Names bound afresh in each step before the forward statements: loop variables and names assigned earlier in the block. */
function knownBefore(pattern: StepPattern, loopVariablesOnly = false): Set<string> {
  const first = pattern.forward[0] ?? pattern.backward;
  const block = first.parent!;
  const known = new Set<string>();
  const loop = block.parent;
  if (loop?.type === 'for_statement') {
    const left = loop.childForFieldName('left')!;
    (left.type === 'identifier' ? [left] : left.descendantsOfType('identifier')).forEach(id => id && known.add(id.text));
  }
  for (const statement of loopVariablesOnly ? [] : statementsOf(block)) {
    if (statement.startIndex >= first.startIndex) {
      break;
    }
    assignedNames(statement).forEach(name => known.add(name));
  }
  return known;
}

/**
 * The inputs of the forward function: names its statements read before
 * assigning them that are loop variables, names set earlier in the block, or
 * states the statements carry from one step to the next. Others (the model,
 * the loss function) are read from the enclosing scope.
 */
function stepInputs(pattern: StepPattern): string[] {
  const known = knownBefore(pattern);
  const events = forwardEvents(pattern);
  const assigned = new Set(pattern.forward.flatMap(assignedNames));
  const inputs: string[] = [];
  for (const event of events) {
    if (!inputs.includes(event.name) && readFirst(events, event.name) && (known.has(event.name) || assigned.has(event.name))) {
      inputs.push(event.name);
    }
  }
  return inputs;
}

/**
 * Locals of the forward statements whose values code outside them reads
 * (after the step, or in the next iteration of an enclosing loop before the
 * step): returned as auxiliary outputs so that they keep their values.
 */
function auxiliaryOutputs(pattern: StepPattern, lossName: string | undefined): string[] {
  const assigned = [...new Set(pattern.forward.flatMap(assignedNames))].filter(name => name !== lossName);
  let scope: Node | null = pattern.step.parent;
  const loops: Node[] = [];
  while (scope && scope.type !== 'function_definition' && scope.type !== 'module') {
    if (scope.type === 'for_statement' || scope.type === 'while_statement') {
      loops.push(scope);
    }
    scope = scope.parent;
  }
  const body = scope?.type === 'function_definition' ? scope.childForFieldName('body')! : scope ?? pattern.step;
  const all = nameEvents(body);
  const after = all.filter(event => event.offset > pattern.backward.endIndex);
  const forwardStart = (pattern.forward[0] ?? pattern.backward).startIndex;
  const outermost = loops[loops.length - 1];
  const loopBefore = outermost ? all.filter(event => event.offset >= outermost.startIndex && event.offset < forwardStart) : [];
  // Read before assigned by the forward statements and not bound afresh in each step: a state carried to the next step.
  const known = knownBefore(pattern);
  const carried = stepInputs(pattern).filter(name => !known.has(name));
  return assigned.filter(name => readFirst(after, name) || (outermost && readFirst([...loopBefore, ...after], name)) || carried.includes(name));
}

/**
 * An input of the forward function computed before it by the network the optimizer trains
 * (`fake = netG(noise)` ahead of the generator's step): passed in as a constant, it would give
 * that network no gradient, where torch's backward() reaches it through the graph.
 */
function inputFromTrainedNetwork(pattern: StepPattern, context: ConversionContext): string | undefined {
  const first = pattern.zeroGrad ?? pattern.forward[0] ?? pattern.backward;
  const found = optimisedNetwork({ optimizer: pattern.optimizer, first }, context);
  if (!found) {
    return undefined;
  }
  const loopVariables = knownBefore(pattern, true);
  const block = first.parent!;
  for (const name of stepInputs(pattern).filter(input => !loopVariables.has(input))) {
    const before = (assignmentsByTarget(context).get(name) ?? []).filter(a => a.endIndex <= first.startIndex && a.startIndex >= block.startIndex);
    const assignment = before[before.length - 1];
    if (assignment && calls([assignment], found.network)) {
      return (
        `the input ${name} is computed by ${found.network}, the network ${pattern.optimizer} trains, before the training step: passed to the forward function as a constant, ` +
        `it would give ${found.network} no gradient; compute ${name} after zero_grad(), with the loss`
      );
    }
  }
  return undefined;
}

function freshName(context: ConversionContext, base: string): string {
  let name = base;
  for (let i = 1; new RegExp(`\\b${name}\\b`).test(context.source); i += 1) {
    name = `${base}_${i}`;
  }
  return name;
}

/** The file's own layout for the code written here: its line end (`\r\n` or `\n`) and one level of indentation (a tab or four spaces). */
function layoutAt(source: string, offset: number, indent: string): { newline: string; level: string } {
  const end = source.indexOf('\n', offset);
  const newline = end > 0 && source[end - 1] === '\r' ? '\r\n' : '\n';
  const tabs = indent.includes('\t') || (indent === '' && /^\t/m.test(source));
  return { newline, level: tabs ? '\t' : '    ' };
}

/** One more level of indentation at each line start of the forward statements, outside strings and other rewrites. */
function indentEdits(context: ConversionContext, from: number, to: number, pattern: StepPattern, level: string): TextEdit[] {
  const strings = pattern.forward.flatMap(s => s.descendantsOfType('string')).filter((s): s is Node => !!s);
  const existing = context.edits.all();
  const edits: TextEdit[] = [];
  for (let i = context.source.indexOf('\n', from); i >= 0 && i < to; i = context.source.indexOf('\n', i + 1)) {
    const start = i + 1;
    const blank = /^[ \t]*(\r?\n|$)/.test(context.source.slice(start, start + 200));
    const inString = strings.some(s => s.startIndex < start && start < s.endIndex);
    const inEdit = existing.some(edit => edit.start < start && start < edit.end);
    if (!blank && !inString && !inEdit && start <= to) {
      edits.push({ start, end: start, text: level });
    }
  }
  return edits;
}

function rewrite(pattern: StepPattern, context: ConversionContext): { edits: TextEdit[]; converted: Map<number, string>; notes: string[] } {
  const { source } = context;
  const lossName = pattern.loss.type === 'identifier' ? pattern.loss.text : undefined;
  const inputs = stepInputs(pattern);
  const aux = auxiliaryOutputs(pattern, lossName);
  // Tensors made earlier in the step are constants for the gradient: if they come from the optimised network, it gets no gradient through them.
  const loopVariables = knownBefore(pattern, true);
  const computedBefore = inputs.filter(name => !loopVariables.has(name));
  const one = computedBefore.length === 1;
  const notes = computedBefore.length
    ? [
        `The ${one ? 'input' : 'inputs'} ${computedBefore.join(', ')} ${one ? 'is' : 'are'} computed before the forward function and passed as ${one ? 'a constant' : 'constants'}: ` +
          `move ${one ? 'its' : 'their'} computation into forward_fn if ${one ? 'it depends' : 'they depend'} on the parameters being optimised`
      ]
    : [];
  const forwardFn = freshName(context, 'forward_fn');
  const gradFn = freshName(context, 'grad_fn');
  const indent = source.slice(lineStartOf(source, pattern.backward.startIndex), pattern.backward.startIndex);
  const { newline: nl, level } = layoutAt(source, pattern.backward.startIndex, indent);
  const def = `def ${forwardFn}(${inputs.join(', ')}):`;
  const edits: TextEdit[] = [];
  const zeroFirst = pattern.zeroGrad && (pattern.forward.length === 0 || pattern.zeroGrad.startIndex < pattern.forward[0].startIndex);
  let indentFrom: number;
  if (zeroFirst) {
    edits.push({ start: pattern.zeroGrad!.startIndex, end: pattern.zeroGrad!.endIndex, text: def });
    indentFrom = pattern.zeroGrad!.endIndex;
  } else {
    const first = pattern.forward[0] ?? pattern.backward;
    edits.push({ start: first.startIndex, end: first.startIndex, text: `${def}${nl}${indent}${level}` });
    indentFrom = first.startIndex;
    if (pattern.zeroGrad) {
      const start = lineStartOf(source, pattern.zeroGrad.startIndex);
      const newline = source.indexOf('\n', pattern.zeroGrad.endIndex);
      edits.push({ start, end: newline < 0 ? pattern.zeroGrad.endIndex : newline + 1, text: '' });
    }
  }
  const last = pattern.forward[pattern.forward.length - 1];
  if (last) {
    edits.push(...indentEdits(context, indentFrom, last.endIndex, pattern, level));
  }
  const lossText = lossName ?? freshName(context, 'loss');
  const returned = [context.edits.currentText(pattern.loss.startIndex, pattern.loss.endIndex), ...aux].join(', ');
  const received = aux.length > 0 ? `(${[lossText, ...aux].join(', ')})` : lossText;
  const valueAndGrad = `${spellTarget('mindspore.value_and_grad')}(${forwardFn}, None, ${pattern.optimizer}.parameters${aux.length > 0 ? ', has_aux=True' : ''})`;
  edits.push({
    start: pattern.backward.startIndex,
    end: pattern.backward.endIndex,
    text: `${level}return ${returned}${nl}${indent}${gradFn} = ${valueAndGrad}${nl}${indent}${received}, grads = ${gradFn}(${inputs.join(', ')})`
  });
  edits.push({ start: pattern.step.startIndex, end: pattern.step.endIndex, text: `${pattern.optimizer}(grads)` });
  if (pattern.clip) {
    const clipped = `grads = ${spellTarget('mindspore.ops.clip_by_global_norm')}(grads, ${pattern.clip.maxNorm})`;
    edits.push({ start: pattern.clip.statement.startIndex, end: pattern.clip.statement.endIndex, text: clipped });
  }
  const mode = trainModeEdits(
    { optimizer: pattern.optimizer, forward: pattern.forward, first: zeroFirst ? pattern.zeroGrad! : pattern.forward[0] ?? pattern.backward, newline: nl },
    context
  );
  edits.unshift(...mode.edits);
  notes.push(...mode.notes);
  const converted = new Map<number, string>();
  if (pattern.zeroGrad) {
    converted.set(pattern.zeroGrad.namedChildren[0]!.id, def);
  }
  converted.set(pattern.backward.namedChildren[0]!.id, valueAndGrad);
  converted.set(pattern.step.namedChildren[0]!.id, `${pattern.optimizer}(grads)`);
  if (pattern.clip) {
    converted.set(pattern.clip.statement.namedChildren[0]!.id, 'mindspore.ops.clip_by_global_norm');
  }
  return { edits, converted, notes };
}

/**
 * `scheduler.step()`: a learning-rate scheduler's step, not an optimizer's. The receiver is named
 * like one, or assigned from a torch.optim.lr_scheduler constructor somewhere in the file.
 */
function isSchedulerStep(site: Parameters<EntryRewriter>[0], context: ConversionContext): boolean {
  return site.methodName?.text === 'step' && !!site.receiver && isScheduler(site.receiver, context);
}

/** Whether the receiver of a step() is a learning-rate scheduler: named like one, or assigned from a torch.optim.lr_scheduler constructor. */
function isScheduler(receiver: Node, context: ConversionContext): boolean {
  const name = receiver.type === 'attribute' ? receiver.childForFieldName('attribute')!.text : receiver.text;
  if (/sched/i.test(name)) {
    return true;
  }
  return (assignmentsByTarget(context).get(receiver.text) ?? []).some(assignment => {
    const right = assignment.childForFieldName('right');
    const callee = right?.type === 'call' ? right.childForFieldName('function') : undefined;
    return !!callee && !!context.analysis.qualifiedName(callee)?.startsWith('torch.optim.lr_scheduler.');
  });
}

export const trainingStep: EntryRewriter = (site, context): SiteResult => {
  if (isSchedulerStep(site, context)) {
    // Left as it is: MindSpore's schedulers (mindspore.experimental.optim.lr_scheduler) step the same way.
    return { ok: true, edits: [{ start: site.call.startIndex, end: site.call.endIndex, text: context.source.slice(site.call.startIndex, site.call.endIndex) }], converted: '', notes: [] };
  }
  const done = DONE.get(context) ?? new Map<number, Done>();
  DONE.set(context, done);
  const earlier = done.get(site.call.id);
  const statement = site.call.parent!;
  const rewritten = context.edits.all().some(edit => edit.end > edit.start && edit.start <= statement.startIndex && statement.endIndex <= edit.end);
  if (earlier && rewritten) {
    return { ok: true, edits: [], converted: earlier.converted, notes: [`Part of the training step rewritten at line ${earlier.line}.`] };
  }
  const pattern = findStep(site.call, context);
  if ('reason' in pattern) {
    return { ok: false, reason: pattern.reason };
  }
  const fromNetwork = inputFromTrainedNetwork(pattern, context);
  if (fromNetwork) {
    return { ok: false, reason: fromNetwork };
  }
  const { edits, converted, notes } = rewrite(pattern, context);
  const line = context.lines.position((pattern.zeroGrad ?? pattern.forward[0] ?? pattern.backward).startIndex).line;
  for (const [id, text] of converted) {
    if (id !== site.call.id) {
      done.set(id, { converted: text, line });
    }
  }
  return {
    ok: true,
    edits,
    converted: converted.get(site.call.id) ?? 'mindspore.value_and_grad',
    notes
  };
};
