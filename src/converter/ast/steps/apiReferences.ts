/**
 * Converts every use of a torch API: calls and references resolved by their
 * canonical name (`F.relu`, `nn.Conv2d`, `torch.float32`), and method calls
 * recognised by method name where the receiver is not known (`x.view(...)`).
 * Inner calls are converted before the calls that contain them.
 */
import type { SyntaxNode as Node } from '../../parse/syntax';
import { FileAnalysis, isTorchName } from '../analysis';
import { callsOwnMethod, isForeignReceiver } from '../analysis/foreign';
import { cachedSignature } from '../../catalog';
import { readArguments } from '../calls/arguments';
import { bindCall } from '../calls/bind';
import { convertCall } from '../calls/convertCall';
import { fixResultOf } from '../calls/resultFix';
import { ConversionContext, insideError, position, textOf } from '../context';
import { CallSite, SiteResult } from '../rewriters';
import { spellTarget } from '../spelling';
import { ApiTarget, MappingEntry } from '../../mapping';
import { ReportEntry } from '../../report';

interface Site {
  node: Node;
  /** Resolved torch name (references) or the method name (method calls). */
  name: string;
  byMethodName: boolean;
}

/** The mapping of an entry in the selected target, or why there is none. */
export function targetOf(entry: MappingEntry, target: 'classic' | 'mint'): { target: ApiTarget; fallback: boolean } | { reason: string; suggestion?: string } {
  if (target === 'mint' && entry.mint) {
    return { target: entry.mint, fallback: false };
  }
  if (entry.status === 'unsupported' || !entry.classic) {
    return { reason: entry.reason ?? 'no MindSpore counterpart', suggestion: entry.suggestion };
  }
  // Only the namespaces mint mirrors (ops, nn, optimizers) fall back; dtypes, Tensor methods,
  // mindspore.save_checkpoint and the like are the same in both targets.
  return { target: entry.classic, fallback: target === 'mint' && MINT_MIRRORED.test(entry.classic.api) };
}

const MINT_MIRRORED = /^mindspore\.(ops|nn|experimental\.optim)\./;

/**
 * Whether calls need their arguments converted (so a bare reference, called
 * later with torch's arguments, would be wrong). Dropped arguments alone do
 * not count: a later call that passes one fails loudly rather than silently.
 */
function hasArgumentSemantics(entry: MappingEntry, target: ApiTarget): boolean {
  return (
    target.rewriter !== undefined ||
    target.result !== undefined ||
    (entry.args !== undefined &&
      [target.rename, target.unsupportedArgs, target.transforms, target.defaults, target.setArgs].some(
        field => field !== undefined && Object.keys(field).length > 0
      ))
  );
}

/** Contexts where a class is named without being called, and no argument needs converting. */
function isTypeContext(node: Node): boolean {
  const parent = node.parent;
  if (!parent) {
    return false;
  }
  if (parent.type === 'argument_list' && parent.parent?.type === 'class_definition') {
    return true;
  }
  if (parent.type === 'except_clause' || parent.type === 'type') {
    return true;
  }
  const call = parent.type === 'argument_list' ? parent.parent : parent.type === 'tuple' ? parent.parent?.parent : undefined;
  const fn = call?.type === 'call' ? call.childForFieldName('function') : undefined;
  return !!fn && fn.type === 'identifier' && (fn.text === 'isinstance' || fn.text === 'issubclass');
}

function shortText(context: ConversionContext, node: Node, method?: string): string {
  const text = context.source.slice(node.startIndex, node.endIndex);
  return text.length <= 60 && !text.includes('\n') ? text : `….${method ?? text.slice(text.lastIndexOf('.') + 1)}`;
}

export function collectSites(context: ConversionContext): Site[] {
  const { analysis, table } = context;
  const sites: Site[] = [];
  const torchChains = new Set<number>();
  for (const { node, chain } of analysis.scopes.loads) {
    const binding = analysis.importOf(node);
    if (!binding || !isTorchName(binding.imported!.qualified)) {
      continue;
    }
    for (const attribute of chain) {
      torchChains.add(attribute.id);
    }
    const top = chain[chain.length - 1] ?? node;
    sites.push({ node: top, name: analysis.qualifiedName(top)!, byMethodName: false });
  }
  // A class of the file with bases may override these torch methods, keeping torch's meaning.
  const moduleMethod = (name: string) => table.get(`torch.nn.Module.${name}`) !== undefined;
  for (const { callee: fn } of analysis.scopes.calls) {
    if (!fn || fn.type !== 'attribute' || torchChains.has(fn.id)) {
      continue;
    }
    const method = fn.childForFieldName('attribute')!.text;
    const receiver = fn.childForFieldName('object')!;
    if (table.method(method) && !isForeignReceiver(analysis, receiver) && !callsOwnMethod(analysis, receiver, method, moduleMethod)) {
      sites.push({ node: fn, name: method, byMethodName: true });
    }
  }
  // Inner constructs first: a call's range (not just its callee's) decides the order.
  const spans = new Map<Site, { start: number; end: number }>();
  for (const site of sites) {
    const span = analysis.callOf(site.node) ?? site.node;
    spans.set(site, { start: span.startIndex, end: span.endIndex });
  }
  return sites
    .filter(site => !insideError(context, site.node))
    .sort((a, b) => spans.get(a)!.end - spans.get(b)!.end || spans.get(b)!.start - spans.get(a)!.start);
}


export function convertApiReferences(context: ConversionContext): void {
  for (const site of collectSites(context)) {
    if (site.byMethodName) {
      convertMethodByName(context, site);
    } else {
      convertReference(context, site);
    }
  }
}

/** The longest prefix of a torch name that has a mapping entry, and the node that spells it. */
function mappedPrefix(context: ConversionContext, node: Node, name: string): { node: Node; name: string; entry: MappingEntry } | undefined {
  let current: Node | null = node;
  let currentName = name;
  while (current) {
    const entry = context.table.get(currentName);
    if (entry) {
      return { node: current, name: currentName, entry };
    }
    if (current.type !== 'attribute') {
      return undefined;
    }
    current = current.childForFieldName('object');
    currentName = currentName.slice(0, currentName.lastIndexOf('.'));
  }
  return undefined;
}

/** A note as a sentence: capitalised, ending with a period. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  const firstWord = trimmed.split(/\s/)[0];
  const capital = /^[a-z][a-z]*$/.test(firstWord) ? trimmed.charAt(0).toUpperCase() + trimmed.slice(1) : trimmed;
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

function report(context: ConversionContext, node: Node, entry: Omit<ReportEntry, 'line' | 'column'>): void {
  context.entries.push(Object.assign(position(context, node), entry));
}

function unconvert(context: ConversionContext, node: Node, api: string, note: string, suggestion?: string, byMethodName = false, original?: string): void {
  report(context, node, {
    kind: 'unconvert',
    original: original ?? shortText(context, node),
    api,
    note: note.split(/(?<=\.) /).map(sentence).join(' '),
    ...(suggestion ? { suggestion } : {}),
    matchedBy: byMethodName ? 'method-name' : 'qualified-name'
  });
}

function convertReference(context: ConversionContext, site: Site): void {
  const mapped = mappedPrefix(context, site.node, site.name);
  if (!mapped) {
    const binding = site.node.type === 'identifier' ? context.analysis.importOf(site.node) : undefined;
    // `from M import name` may bring in a module or an API: a module is what has entries under it.
    const isModule = binding?.imported?.qualified === site.name && (binding.imported.form !== 'from' || context.table.hasName(site.name));
    const note = isModule
      ? `The module ${site.name} itself is used here, not one of its APIs; it stays as it is.`
      : `No MindSpore mapping for ${site.name} yet.`;
    unconvert(context, site.node, site.name, note);
    return;
  }
  const resolved = targetOf(mapped.entry, context.target);
  if ('reason' in resolved) {
    unconvert(context, mapped.node, mapped.name, resolved.reason, resolved.suggestion);
    return;
  }
  const { entry } = mapped;
  const call = mapped.node.id === site.node.id ? context.analysis.callOf(site.node) : undefined;
  let result: SiteResult;
  if (entry.kind === 'method') {
    result = { ok: false, reason: `${mapped.name} is converted where it is called as a method` };
  } else if (call) {
    result = convertCall({ call, callee: mapped.node, api: mapped.name, entry, target: resolved.target }, context);
  } else if (entry.kind !== 'class' && hasArgumentSemantics(entry, resolved.target) && !isTypeContext(mapped.node)) {
    result = { ok: false, reason: `${mapped.name} is used without a call here, so its arguments cannot be converted` };
  } else {
    const text = spellTarget(resolved.target.api);
    const uncalled =
      entry.kind === 'class' && hasArgumentSemantics(entry, resolved.target) && !isTypeContext(mapped.node)
        ? ['The class is named here without a call: where it is called later, its arguments are not converted.']
        : [];
    result = { ok: true, edits: [{ start: mapped.node.startIndex, end: mapped.node.endIndex, text }], converted: text, notes: uncalled };
  }
  finish(context, mapped.node, mapped.name, entry, resolved, result, false, undefined, call);
}

/** Whether an accepted edit replaced the code around `node` by text that no longer contains it. */
function rewrittenAway(context: ConversionContext, node: Node): boolean {
  const text = context.source.slice(node.startIndex, node.endIndex);
  return context.edits.all().some(edit => edit.start <= node.startIndex && node.endIndex <= edit.end && !edit.text.includes(text));
}

function finish(
  context: ConversionContext,
  node: Node,
  api: string,
  entry: MappingEntry,
  resolved: { target: ApiTarget; fallback: boolean },
  result: SiteResult,
  byMethodName: boolean,
  original?: string,
  call?: Node
): boolean {
  if (!result.ok || !context.edits.addGroup(result.edits)) {
    if (result.ok && rewrittenAway(context, node)) {
      // A larger rewrite (a training step's clip_grad_norm_(net.parameters(), ...)) replaced the code this call was in.
      return false;
    }
    const reason = !result.ok
      ? result.reason
      : result.edits.some(edit => context.edits.isProtected(edit.start, edit.end))
        ? 'it is on a line that does not parse'
        : 'it overlaps another conversion';
    unconvert(context, node, api, reason, !result.ok && result.versionMismatch ? undefined : resolved.target.suggestion ?? resolved.target.api, byMethodName, original);
    return false;
  }
  const root = FileAnalysis.rootIdentifier(node);
  if (root && !byMethodName) {
    context.consumed.add(root.id);
  }
  const caveat = resolved.target.hint ?? entry.hint;
  const fix = result.result ?? (resolved.target.rewriter ? undefined : resolved.target.result);
  const resultNotes = call && fix ? fixResultOf(context, call, fix) : [];
  const notes = [
    ...(caveat && (resolved.target.status ?? entry.status) === 'caveat' ? [sentence(caveat)] : []),
    ...result.notes.map(sentence),
    ...resultNotes,
    ...(resolved.fallback ? ['No mindspore.mint mapping yet: converted to the classic API.'] : []),
    ...(byMethodName ? ['Matched by method name.'] : [])
  ];
  report(context, node, {
    kind: 'convert',
    original: original ?? shortText(context, node),
    converted: result.converted,
    api,
    matchedBy: byMethodName ? 'method-name' : 'qualified-name',
    ...(notes.length ? { note: notes.join(' ') } : {})
  });
  return true;
}

function convertMethodByName(context: ConversionContext, site: Site): void {
  const named = context.table.method(site.name)!;
  const call = context.analysis.callOf(site.node)!;
  const receiver = site.node.childForFieldName('object')!;
  const methodName = site.node.childForFieldName('attribute')!;
  const original = shortText(context, site.node, site.name);
  const resolved = targetOf(named.entry, context.target);
  if ('reason' in resolved) {
    unconvert(context, site.node, named.name, `${sentence(resolved.reason)} Matched by method name.`, resolved.suggestion, true, original);
    return;
  }
  // By method name only: arguments torch's method does not take mean the receiver is something else.
  if (named.entry.args) {
    const parsed = readArguments(call);
    if (!parsed || !bindCall(cachedSignature(named.entry.args), parsed.args, node => textOf(context, node)).ok) {
      return;
    }
  }
  const callSite: CallSite = { call, callee: site.node, receiver, methodName, api: named.name, entry: named.entry, target: resolved.target };
  const result = convertCall(callSite, context);
  if (!result.ok) {
    finish(context, site.node, named.name, named.entry, resolved, result, true, original);
    return;
  }
  const before = context.source.slice(call.startIndex, call.endIndex);
  // No edits at all means a rewriter already rewrote this call as part of a larger construct (a training step).
  const unchanged = result.edits.length > 0 && result.edits.every(edit => edit.text === context.source.slice(edit.start, edit.end));
  // An unchanged call still needs its result repaired where the code reads a field of it (`.values`).
  const readsField = !!result.result && call.parent?.type === 'attribute';
  if (unchanged && before.length > 0 && !resolved.target.result && !readsField) {
    return;
  }
  finish(context, site.node, named.name, named.entry, resolved, result, true, original, call);
}
