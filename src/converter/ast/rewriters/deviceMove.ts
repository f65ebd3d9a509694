import type { SyntaxNode as Node } from '../../parse/syntax';
import { readArguments } from '../calls/arguments';
import { textOf } from '../context';
import type { ConversionContext } from '../context';
import { lineEndOf, lineStartOf } from '../lines';
import type { TextEdit } from '../../edits';
import type { EntryRewriter } from './types';

const DEVICE_STRING = /^[rRuU]?(['"])(cuda|cpu|mps|xpu|meta|hpu)(:\d+)?\1$/;
const IGNORED_KEYWORDS = new Set(['non_blocking', 'copy', 'memory_format']);

/** A device: 'cuda:0', a name like `device` or `self.device`, `x.device`, `torch.device(...)`, a name bound only to one of those (`dev = src.device`). */
function isDevice(context: ConversionContext, node: Node, depth = 0): boolean {
  if (node.type === 'string') {
    return DEVICE_STRING.test(node.text);
  }
  if (node.type === 'identifier' || node.type === 'attribute') {
    const last = node.type === 'attribute' ? node.childForFieldName('attribute')!.text : node.text;
    if (/device/i.test(last) && !context.analysis.qualifiedName(node)?.startsWith('torch.')) {
      return true;
    }
    const values = node.type === 'identifier' && depth === 0 ? boundValues(context, node) : undefined;
    return !!values && values.every(value => isDevice(context, value, depth + 1));
  }
  const fn = node.type === 'call' ? node.childForFieldName('function') : null;
  return !!fn && context.analysis.qualifiedName(fn) === 'torch.device';
}

/** The values a name is assigned (`name = value`), when every binding of it is such an assignment. */
function boundValues(context: ConversionContext, identifier: Node): Node[] | undefined {
  const bindings = context.analysis.scopeOf(identifier)?.lookup(identifier.text) ?? [];
  const values = bindings.map(binding => {
    const parent = binding.node.parent;
    return parent?.type === 'assignment' && parent.childForFieldName('left')?.id === binding.node.id ? parent.childForFieldName('right') : null;
  });
  return values.length > 0 && values.every(value => !!value) ? (values as Node[]) : undefined;
}

const REMOVED = new WeakMap<ConversionContext, Set<number>>();

/**
 * `dev = x.device` (MindSpore tensors have no device) where `dev` is only ever passed as a device: to
 * a move (`.to(dev)`, `.cuda(dev)`, removed) or as torch's `device=` (dropped). The edit removing the
 * statement's line (once per file) and the statement; undefined where the name has other uses.
 */
function deviceAssignmentRemoval(context: ConversionContext, device: Node): { edit: TextEdit; statement: string } | undefined {
  const bindings = device.type === 'identifier' ? context.analysis.scopeOf(device)?.lookup(device.text) ?? [] : [];
  const assignment = bindings.length === 1 ? bindings[0].node.parent : null;
  const value = assignment?.type === 'assignment' && assignment.childForFieldName('left')?.id === bindings[0].node.id ? assignment.childForFieldName('right') : null;
  const statement = assignment?.parent;
  if (!value || value.type !== 'attribute' || value.childForFieldName('attribute')!.text !== 'device' || statement?.type !== 'expression_statement') {
    return undefined;
  }
  const removed = REMOVED.get(context) ?? new Set<number>();
  REMOVED.set(context, removed);
  if (removed.has(statement.id)) {
    return undefined;
  }
  for (const load of context.analysis.scopes.loads) {
    if (load.name !== device.text || load.chain.length > 0 || !load.scope.lookup(load.name).every(binding => binding.node.id === bindings[0].node.id)) {
      continue;
    }
    if (!passedAsDevice(context, load.node)) {
      return undefined;
    }
  }
  const source = context.source;
  const lineStart = lineStartOf(source, statement.startIndex);
  const lineEnd = lineEndOf(source, statement.endIndex);
  if (source.slice(lineStart, statement.startIndex).trim() !== '' || source.slice(statement.endIndex, lineEnd).trim() !== '') {
    return undefined;
  }
  // A block needs a statement: keep the line when it is the only one of its block.
  const block = statement.parent;
  if (block?.type === 'block' && block.namedChildren.filter(child => child && child.type !== 'comment').length === 1) {
    return undefined;
  }
  removed.add(statement.id);
  return { edit: { start: lineStart, end: lineEnd, text: '' }, statement: statement.text };
}

/** `.to(dev)`, `.cuda(dev)`, `.to(device=dev)`, or `device=dev` in a call of a torch API. */
function passedAsDevice(context: ConversionContext, identifier: Node): boolean {
  const parent = identifier.parent;
  const keyword = parent?.type === 'keyword_argument' && parent.childForFieldName('value')?.id === identifier.id ? parent.childForFieldName('name')!.text : undefined;
  const list = keyword ? parent!.parent : parent;
  const call = list?.type === 'argument_list' ? list.parent : null;
  const fn = call?.type === 'call' ? call.childForFieldName('function') : null;
  if (!fn || (keyword !== undefined && keyword !== 'device')) {
    return false;
  }
  const method = fn.type === 'attribute' ? fn.childForFieldName('attribute')!.text : undefined;
  if (method === 'to' || method === 'cuda') {
    return keyword === 'device' || list!.namedChildren.find(child => child && child.type !== 'comment')?.id === identifier.id;
  }
  return keyword === 'device' && !!context.analysis.qualifiedName(fn)?.startsWith('torch.');
}

/** A torch dtype (`torch.float32`, `torch.long`): a mapped torch attribute. */
function isDtype(context: ConversionContext, node: Node): boolean {
  const name = context.analysis.qualifiedName(node);
  return !!name && context.table.get(name)?.kind === 'attribute';
}

/**
 * Device moves: MindSpore places tensors and Cells on the device set by the
 * context, so `x.to(device)`, `x.cuda()` and `x.cpu()` become `x`; a dtype
 * given to `to` becomes `x.astype(dtype)`. A `to(other)` whose argument is
 * neither a known device nor a dtype is left for the reader.
 */
export const deviceMove: EntryRewriter = (site, context) => {
  const parsed = readArguments(site.call);
  if (!site.receiver || !site.methodName || !parsed) {
    return { ok: false, reason: 'not a method call' };
  }
  let dtype: Node | undefined;
  for (const arg of parsed.args) {
    if (arg.kind === 'star' || arg.kind === 'doubleStar') {
      return { ok: false, reason: `${textOf(context, arg.node)} cannot be checked` };
    }
    const name = arg.kind === 'keyword' ? arg.name! : undefined;
    if (name && IGNORED_KEYWORDS.has(name)) {
      continue;
    }
    if (site.methodName.text !== 'to') {
      if (name === 'device' || (!name && parsed.args.indexOf(arg) === 0)) {
        continue;
      }
      return { ok: false, reason: `${site.methodName.text}() takes no ${textOf(context, arg.node)}` };
    }
    if (name === 'dtype' || (!name && isDtype(context, arg.value))) {
      dtype = arg.value;
    } else if (!(name === 'device' || (!name && isDevice(context, arg.value)))) {
      return { ok: false, reason: `${textOf(context, arg.value)} is not recognisably a device or a dtype` };
    }
  }
  const receiver = textOf(context, site.receiver);
  if (dtype) {
    const cast = `astype(${textOf(context, dtype)})`;
    return {
      ok: true,
      edits: [{ start: site.methodName.startIndex, end: site.call.endIndex, text: cast }],
      converted: `${receiver}.astype`,
      notes: ['The device part of the move is dropped: MindSpore places tensors on the device set by the context.']
    };
  }
  const device = parsed.args.find(arg => arg.kind === 'positional' || arg.name === 'device');
  const removal = site.methodName.text === 'to' && device ? deviceAssignmentRemoval(context, device.value) : undefined;
  return {
    ok: true,
    edits: [{ start: site.receiver.endIndex, end: site.call.endIndex, text: '' }, ...(removal ? [removal.edit] : [])],
    converted: receiver,
    notes: removal ? [`The line ${removal.statement} is removed too: MindSpore tensors have no device attribute, and the name is only ever passed as a device.`] : []
  };
};
