/**
 * Checkpoints: MindSpore saves a network's parameters from the network and
 * loads them as a parameter dict that is then put into the network.
 *
 *     torch.save(net.state_dict(), 'net.pth')          -> mindspore.save_checkpoint(net, 'net.ckpt')
 *     net.load_state_dict(torch.load('net.pth', ...))   -> mindspore.load_param_into_net(net, mindspore.load_checkpoint('net.ckpt'))
 *
 * Named by the four entries (torch.save, torch.load, Module.state_dict,
 * Module.load_state_dict): the outer call rewrites the whole construct, the
 * inner one (reached first) only reports itself as part of it. Other uses
 * (saving any object, a state dict kept in a variable) are refused: what they
 * hold is not known here.
 *
 * MindSpore appends `.ckpt` to a name without it when saving and refuses to
 * load any other name, so a written `.pt`/`.pth` ending becomes `.ckpt`.
 */
import type { SyntaxNode as Node } from '../../parse/syntax';
import { argumentFor, readArguments } from '../calls/arguments';
import type { CallArgument } from '../calls/arguments';
import { textOf } from '../context';
import type { ConversionContext } from '../context';
import { spellTarget } from '../spelling';
import type { EntryRewriter, SiteResult } from './types';

const TORCH_LOAD_IGNORED = new Set(['map_location', 'weights_only', 'mmap']);
const FILE_NAMES = 'MindSpore appends .ckpt to a checkpoint name without it and loads only names ending in .ckpt';

/** The call whose argument list holds `node` as an argument. */
function enclosingCall(node: Node): Node | undefined {
  const list = node.parent;
  const call = list?.type === 'argument_list' ? list.parent : undefined;
  return call?.type === 'call' ? call : undefined;
}

function calleeName(context: ConversionContext, call: Node): string | undefined {
  const fn = call.childForFieldName('function');
  return fn ? context.analysis.qualifiedName(fn) : undefined;
}

/** `x.method()` without arguments: x. */
function methodReceiver(call: Node, method: string): Node | undefined {
  const fn = call.type === 'call' ? call.childForFieldName('function') : null;
  const parsed = readArguments(call);
  if (!fn || fn.type !== 'attribute' || fn.childForFieldName('attribute')!.text !== method || !parsed || parsed.args.length > 0) {
    return undefined;
  }
  return fn.childForFieldName('object')!;
}

/** The first argument, positional or by `keyword`; undefined where a splat hides it. */
function firstArgument(args: CallArgument[], keyword: string): CallArgument | undefined {
  if (args.some(arg => arg.kind === 'star' || arg.kind === 'doubleStar')) {
    return undefined;
  }
  return argumentFor(args, 0, keyword);
}

/** `torch.save(net.state_dict(), path)`: net and path. */
function savePattern(save: Node): { net: Node; path: Node } | { reason: string } {
  const args = readArguments(save)?.args ?? [];
  const saved = firstArgument(args, 'obj');
  const path = argumentFor(args, 1, 'f');
  const net = saved && methodReceiver(saved.value, 'state_dict');
  if (!saved || !path || !net || args.length !== 2) {
    return { reason: 'only torch.save(net.state_dict(), path) is converted: what else is saved is not known here' };
  }
  return { net, path: path.value };
}

/** `net.load_state_dict(torch.load(path, ...))`: net and path. */
function loadPattern(context: ConversionContext, load: Node): { net: Node; path: Node; notes: string[] } | { reason: string } {
  const fn = load.childForFieldName('function');
  const args = readArguments(load)?.args ?? [];
  const stateDict = firstArgument(args, 'state_dict');
  const inner = stateDict?.value.type === 'call' && calleeName(context, stateDict.value) === 'torch.load' ? stateDict.value : undefined;
  const others = args.filter(arg => arg !== stateDict);
  if (!fn || fn.type !== 'attribute' || !inner || others.some(arg => arg.name !== 'strict')) {
    return { reason: 'only net.load_state_dict(torch.load(path)) is converted: a state dict from elsewhere is not a MindSpore parameter dict' };
  }
  const loadArgs = readArguments(inner)?.args ?? [];
  const path = firstArgument(loadArgs, 'f');
  if (!path || loadArgs.some(arg => arg !== path && !TORCH_LOAD_IGNORED.has(arg.name ?? ''))) {
    return { reason: `${inner.text}: only a path and ${[...TORCH_LOAD_IGNORED].join(', ')} are understood` };
  }
  const strict = others[0]?.value.text;
  const notes =
    strict === 'False'
      ? []
      : ['torch raises on missing or unexpected keys; load_param_into_net returns the names it did not load: check them'];
  return { net: fn.childForFieldName('object')!, path: path.value, notes };
}

/** The string literal that ends a path expression: the path itself, the format of `'%s.pth' % x`, the last part of `a + '.pth'` or of `os.path.join(...)`. */
function endingLiteral(path: Node): Node | undefined {
  if (path.type === 'string') {
    return path;
  }
  if (path.type === 'binary_operator') {
    const operator = path.childForFieldName('operator')?.text;
    return endingLiteral(path.childForFieldName(operator === '%' ? 'left' : 'right')!);
  }
  if (path.type === 'call' && /^(os\.path\.join|join)$/.test(path.childForFieldName('function')?.text ?? '')) {
    const args = readArguments(path)?.args ?? [];
    const last = args[args.length - 1];
    return last?.kind === 'positional' ? endingLiteral(last.value) : undefined;
  }
  return undefined;
}

/** The path's text with a written .pt/.pth ending made .ckpt, and a note on what happened. */
function checkpointPath(context: ConversionContext, path: Node): { text: string; note: string } {
  const text = textOf(context, path);
  const literal = endingLiteral(path);
  const unchanged = text === context.source.slice(path.startIndex, path.endIndex);
  const ending = literal && unchanged ? /\.pth?(?=(['"]|'''|""")$)/.exec(literal.text) : null;
  if (literal && ending) {
    const at = literal.startIndex - path.startIndex + ending.index;
    const renamed = `${text.slice(0, at)}.ckpt${text.slice(at + ending[0].length)}`;
    return { text: renamed, note: `the file name ends in .ckpt instead of ${ending[0]}: ${FILE_NAMES}` };
  }
  const known = literal && /\.ckpt(?=(['"]|'''|""")$)/.test(literal.text);
  return { text, note: known ? '' : `${FILE_NAMES}: check the file name` };
}

function partOf(outer: Node, converted: string, context: ConversionContext): SiteResult {
  const line = context.lines.position(outer.startIndex).line;
  return { ok: true, edits: [], converted, notes: [`Part of the ${converted} call at line ${line}.`] };
}

function notesOf(...notes: string[]): string[] {
  return notes.filter(note => note.length > 0);
}

export const checkpointFiles: EntryRewriter = (site, context): SiteResult => {
  const save = spellTarget('mindspore.save_checkpoint');
  const loadInto = spellTarget('mindspore.load_param_into_net');
  switch (site.api) {
    case 'torch.save': {
      const pattern = savePattern(site.call);
      if ('reason' in pattern) {
        return { ok: false, reason: pattern.reason };
      }
      const path = checkpointPath(context, pattern.path);
      const text = `${save}(${textOf(context, pattern.net)}, ${path.text})`;
      return { ok: true, edits: [{ start: site.call.startIndex, end: site.call.endIndex, text }], converted: save, notes: notesOf(path.note) };
    }
    case 'torch.nn.Module.state_dict': {
      const outer = enclosingCall(site.call);
      const saves = outer && calleeName(context, outer) === 'torch.save' && !('reason' in savePattern(outer));
      return saves ? partOf(outer!, 'mindspore.save_checkpoint', context) : { ok: false, reason: 'a state dict on its own has no MindSpore counterpart: MindSpore saves checkpoints from the network' };
    }
    case 'torch.load': {
      const outer = enclosingCall(site.call);
      const loads = outer && !('reason' in loadPattern(context, outer));
      return loads ? partOf(outer!, 'mindspore.load_param_into_net', context) : { ok: false, reason: 'torch.load unpickles any object; only net.load_state_dict(torch.load(path)) is converted' };
    }
    default: {
      const pattern = loadPattern(context, site.call);
      if ('reason' in pattern) {
        return { ok: false, reason: pattern.reason };
      }
      const path = checkpointPath(context, pattern.path);
      const text = `${loadInto}(${textOf(context, pattern.net)}, ${spellTarget('mindspore.load_checkpoint')}(${path.text}))`;
      return { ok: true, edits: [{ start: site.call.startIndex, end: site.call.endIndex, text }], converted: loadInto, notes: notesOf(...pattern.notes, path.note) };
    }
  }
};
