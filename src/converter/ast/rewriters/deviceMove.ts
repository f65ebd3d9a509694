import type { SyntaxNode as Node } from '../../parse/syntax';
import { readArguments } from '../calls/arguments';
import { textOf } from '../context';
import type { ConversionContext } from '../context';
import type { EntryRewriter } from './types';

const DEVICE_STRING = /^[rRuU]?(['"])(cuda|cpu|mps|xpu|meta|hpu)(:\d+)?\1$/;
const IGNORED_KEYWORDS = new Set(['non_blocking', 'copy', 'memory_format']);

/** A device: 'cuda:0', a name like `device` or `self.device`, `x.device`, `torch.device(...)`. */
function isDevice(context: ConversionContext, node: Node): boolean {
  if (node.type === 'string') {
    return DEVICE_STRING.test(node.text);
  }
  if (node.type === 'identifier' || node.type === 'attribute') {
    const last = node.type === 'attribute' ? node.childForFieldName('attribute')!.text : node.text;
    return /device/i.test(last) && !context.analysis.qualifiedName(node)?.startsWith('torch.');
  }
  const fn = node.type === 'call' ? node.childForFieldName('function') : null;
  return !!fn && context.analysis.qualifiedName(fn) === 'torch.device';
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
  return {
    ok: true,
    edits: [{ start: site.receiver.endIndex, end: site.call.endIndex, text: '' }],
    converted: receiver,
    notes: []
  };
};
