/**
 * The final import pass (LibCST's AddImports/RemoveImports as one step): the
 * rewriters only wrote MindSpore names with module placeholders; this pass
 * decides how each MindSpore module is spelled (`nn`, `ops`, `mindspore`),
 * rewriting a torch import that no longer has any use and binds that same
 * name (`import torch.nn as nn` -> `from mindspore import nn`), removes torch imports nothing uses any more,
 * keeps those still used (so the output never references a name it does not
 * import), inserts the imports the converted code needs, and fills in the
 * placeholders.
 */
import type { SyntaxNode as Node } from '../../parse/syntax';
import { Binding, IMPLICIT_IMPORTS, ImportStatement, isTorchName } from '../analysis';
import { ConversionContext, position } from '../context';
import { lineEndOf, lineStartOf } from '../lines';
import { placeholderModules, substitutePlaceholders } from '../spelling';
import { preferredAlias, shadowedAt, TorchImport } from './aliases';
import { respellCollidingTorchNames } from './torchRespelling';


/** The MindSpore module a torch module's alias can be reused for. */
const COUNTERPART: Record<'classic' | 'mint', Record<string, string>> = {
  classic: { torch: 'mindspore', 'torch.nn': 'mindspore.nn', 'torch.nn.functional': 'mindspore.ops', 'torchvision.transforms': 'mindspore.dataset.transforms' },
  mint: {
    torch: 'mindspore',
    'torch.nn': 'mindspore.nn',
    'torch.nn.functional': 'mindspore.mint.nn.functional',
    'torchvision.transforms': 'mindspore.dataset.transforms'
  }
};


/** `from mindspore import nn`, `from mindspore import ops as F`, `import mindspore`, `import mindspore as ms`. */
export function importLine(module: string, alias: string): string {
  if (!module.includes('.')) {
    return alias === module ? `import ${module}` : `import ${module} as ${alias}`;
  }
  const dot = module.lastIndexOf('.');
  const name = module.slice(dot + 1);
  return `from ${module.slice(0, dot)} import ${name}${alias === name ? '' : ` as ${alias}`}`;
}

function isModuleLevel(node: Node): boolean {
  return node.parent?.type === 'module';
}

function torchImports(context: ConversionContext): TorchImport[] {
  const found: TorchImport[] = [];
  const byBinding = new Map<Binding, TorchImport>();
  for (const scope of context.analysis.scopes.scopes) {
    for (const bindings of scope.bindings.values()) {
      for (const binding of bindings) {
        const { imported, statement } = binding;
        // An import on lines that do not parse is left as it is, like everything there.
        const kept = statement && context.edits.isProtected(statement.node.startIndex, statement.node.endIndex);
        if (imported && statement && !statement.relative && isTorchName(imported.qualified) && !kept) {
          const used = scope.kind === 'module' && context.maskedNames.has(imported.name);
          const record = { statement, imported, binding, used };
          found.push(record);
          byBinding.set(binding, record);
        }
      }
    }
  }
  for (const { node, scope, name } of context.analysis.scopes.loads) {
    if (context.consumed.has(node.id)) {
      continue;
    }
    for (const binding of scope.lookup(name)) {
      const record = byBinding.get(binding);
      if (record) {
        record.used = true;
      }
    }
  }
  return found;
}

/**
 * Names a new module-level alias must not take: names bound at module level
 * (other than by torch imports that go away), and names read somewhere that
 * resolve to the module level or to builtins.
 */
function moduleLevelNames(context: ConversionContext, freed: ReadonlySet<Binding>): Set<string> {
  const taken = new Set<string>();
  const module = context.analysis.scopes.module;
  for (const [name, bindings] of module.bindings) {
    if (!bindings.every(b => freed.has(b))) {
      taken.add(name);
    }
  }
  for (const scope of context.analysis.scopes.scopes) {
    for (const name of scope.globals) {
      taken.add(name);
    }
  }
  for (const { node, scope, name } of context.analysis.scopes.loads) {
    const bindings = scope.lookup(name);
    // A converted use of an implicitly imported name (`torch` in a cell) no longer needs it.
    const consumedImplicit = bindings.length === 0 && context.consumed.has(node.id);
    if ((bindings.length === 0 && !consumedImplicit) || bindings.some(b => b.scope === module && !freed.has(b))) {
      taken.add(name);
    }
  }
  return taken;
}

function freshAlias(module: string, unusable: (name: string) => boolean): string {
  const preferred = preferredAlias(module);
  if (!unusable(preferred)) {
    return preferred;
  }
  const base = `ms_${preferred}`;
  let candidate = base;
  for (let n = 2; unusable(candidate); n += 1) {
    candidate = `${base}${n}`;
  }
  return candidate;
}

export function applyImportPass(context: ConversionContext): void {
  const uses = new Map<string, number[]>();
  for (const edit of context.edits.all()) {
    for (const module of placeholderModules(edit.text)) {
      const offsets = uses.get(module);
      if (offsets) {
        offsets.push(edit.start);
      } else {
        uses.set(module, [edit.start]);
      }
    }
  }
  const needed = [...uses.keys()];
  const imports = torchImports(context);
  const extraLines = respellCollidingTorchNames(context, imports, uses);
  const freed = new Set(imports.filter(i => !i.used).map(i => i.binding));
  const taken = moduleLevelNames(context, freed);
  const unusable = (module: string) => (name: string) => taken.has(name) || shadowedAt(context, name, uses.get(module)!);
  const alias = new Map<string, string>();
  const reused = new Map<TorchImport, string>();
  const inserted: string[] = [];

  for (const module of needed) {
    const existing = existingAlias(context, module);
    if (existing) {
      alias.set(module, existing);
      continue;
    }
    const reusable = imports.find(
      i =>
        !i.used &&
        !reused.has(i) &&
        isModuleLevel(i.statement.node) &&
        COUNTERPART[context.target][i.imported.qualified] === module &&
        reusedName(i, module) === preferredAlias(module) &&
        !unusable(module)(reusedName(i, module))
    );
    if (reusable) {
      const name = reusedName(reusable, module);
      reused.set(reusable, importLine(module, name));
      alias.set(module, name);
      taken.add(name);
      continue;
    }
    const fresh = freshAlias(module, unusable(module));
    alias.set(module, fresh);
    taken.add(fresh);
    inserted.push(importLine(module, fresh));
  }
  rewriteTorchImports(context, imports, reused, extraLines);
  // `import mindspore` before the `from mindspore import ...` lines, otherwise in order of first use.
  insertImports(context, imports, [...inserted.filter(l => l.startsWith('import ')), ...inserted.filter(l => !l.startsWith('import '))]);
  for (const [name, node] of context.analysis.implicitUsed) {
    const qualified = IMPLICIT_IMPORTS[name];
    const statement = qualified === name ? `import ${name}` : `import ${qualified} as ${name}`;
    context.entries.push({
      kind: 'info',
      ...position(context, node),
      original: name,
      note: `'${name}' is not imported in this source: it is read as '${statement}' (a notebook's earlier cell may import it).`
    });
  }
  const spell = (module: string) => alias.get(module) ?? module;
  context.edits.substitute(text => substitutePlaceholders(text, spell));
  for (const entry of context.entries) {
    if (entry.converted) {
      entry.converted = substitutePlaceholders(entry.converted, spell);
    }
    if (entry.suggestion) {
      entry.suggestion = substitutePlaceholders(entry.suggestion, spell);
    }
  }
}

/** The name a reused torch import binds: its alias, or `mindspore` for a plain `import torch`. */
function reusedName(record: TorchImport, module: string): string {
  return record.imported.form === 'import' ? module : record.imported.name;
}

/** A module-level `import mindspore...` already in the file. */
function existingAlias(context: ConversionContext, module: string): string | undefined {
  for (const [name, bindings] of context.analysis.scopes.module.bindings) {
    if (bindings.length === 1 && bindings[0].imported?.qualified === module && bindings[0].imported.form !== 'import') {
      return name;
    }
    if (bindings.length === 1 && bindings[0].imported?.form === 'import' && module === name && bindings[0].imported.qualified === module) {
      return name;
    }
  }
  return undefined;
}

function rewriteTorchImports(
  context: ConversionContext,
  imports: TorchImport[],
  reused: Map<TorchImport, string>,
  extraLines: ReadonlyMap<ImportStatement, string[]>
): void {
  const statements = new Map<ImportStatement, TorchImport[]>();
  for (const record of imports) {
    statements.set(record.statement, [...(statements.get(record.statement) ?? []), record]);
  }
  for (const [statement, records] of statements) {
    if (records.every(r => r.used)) {
      continue;
    }
    const node = statement.node;
    const removedItems = new Set(records.filter(r => !r.used).map(r => r.imported));
    const keptItems = statement.bindings.filter(b => !removedItems.has(b));
    const lines: string[] = [];
    if (keptItems.length > 0) {
      const items = keptItems.map(b => b.itemText).join(', ');
      lines.push(node.type === 'import_statement' ? `import ${items}` : `from ${node.childForFieldName('module_name')!.text} import ${items}`);
    }
    lines.push(...(extraLines.get(statement) ?? []));
    lines.push(...records.filter(r => reused.has(r)).map(r => reused.get(r)!));
    const original = context.source.slice(node.startIndex, node.endIndex);
    const where = position(context, node);
    if (lines.length > 0) {
      const indent = ' '.repeat(where.column);
      const text = lines.join(`${lineBreak(context.source)}${indent}`);
      if (context.edits.addGroup([{ start: node.startIndex, end: node.endIndex, text }])) {
        context.entries.push({ kind: 'convert', ...where, original, converted: lines.join('; ') });
      }
    } else if (context.edits.addGroup([removal(context, node)])) {
      context.entries.push({ kind: 'info', ...where, original, note: `'${original}' is removed: the converted code does not use it.` });
    }
  }
}

/** The file's line break (a file with CRLF lines gets CRLF lines inserted). */
function lineBreak(source: string): string {
  return source.includes('\r\n') ? '\r\n' : '\n';
}

/** Deletes a statement with its line, or turns it into `pass` where a block would be left empty. */
function removal(context: ConversionContext, node: Node): { start: number; end: number; text: string } {
  const source = context.source;
  const parent = node.parent;
  const siblings = parent?.namedChildren.filter(c => c && c.type !== 'comment') ?? [];
  if (parent?.type === 'block' && siblings.length === 1) {
    return { start: node.startIndex, end: node.endIndex, text: 'pass' };
  }
  const lineStart = lineStartOf(source, node.startIndex);
  const newline = source.indexOf('\n', node.endIndex);
  const lineEnd = lineEndOf(source, node.endIndex);
  const before = source.slice(lineStart, node.startIndex);
  const after = source.slice(node.endIndex, newline < 0 ? source.length : newline);
  if (/^\s*$/.test(before) && /^\s*(#.*)?\r?$/.test(after)) {
    return { start: lineStart, end: lineEnd, text: '' };
  }
  const following = /^\s*;\s*/.exec(after);
  if (following) {
    return { start: node.startIndex, end: node.endIndex + following[0].length, text: '' };
  }
  const preceding = /;\s*$/.exec(before);
  if (preceding) {
    return { start: lineStart + preceding.index, end: node.endIndex, text: '' };
  }
  return { start: node.startIndex, end: node.endIndex, text: 'pass' };
}

/** Inserts the new imports after the last module-level torch import (else after the imports, the docstring, or at the top). */
function insertImports(context: ConversionContext, imports: TorchImport[], lines: string[]): void {
  if (lines.length === 0) {
    return;
  }
  const root = context.root;
  const topLevel = root.namedChildren.filter((c): c is Node => !!c);
  const torchStatements = imports.map(i => i.statement.node).filter(isModuleLevel);
  const importNodes = topLevel.filter(c => c.type === 'import_statement' || c.type === 'import_from_statement' || c.type === 'future_import_statement');
  const docstring = topLevel[0]?.type === 'expression_statement' && topLevel[0].namedChildren[0]?.type === 'string' ? topLevel[0] : undefined;
  const anchor =
    torchStatements.sort((a, b) => a.endIndex - b.endIndex).pop() ??
    importNodes.filter(n => n.startIndex < (topLevel.find(c => !importNodes.includes(c) && c !== docstring)?.startIndex ?? Infinity)).pop() ??
    docstring;
  const source = context.source;
  const firstStatement = topLevel.find(c => c.type !== 'comment');
  let offset = firstStatement ? lineStartOf(source, firstStatement.startIndex) : source.length;
  const nl = lineBreak(source);
  let text = lines.map(line => `${line}${nl}`).join('');
  if (!anchor && offset === source.length && source.length > 0 && !source.endsWith('\n')) {
    text = `${nl}${lines.join(nl)}${nl}`;
  }
  if (anchor) {
    const newline = source.indexOf('\n', anchor.endIndex);
    if (newline < 0) {
      offset = source.length;
      text = `${nl}${lines.join(nl)}`;
    } else {
      offset = newline + 1;
    }
  }
  if (context.edits.addGroup([{ start: offset, end: offset, text }])) {
    for (const line of lines) {
      context.entries.push({ kind: 'insert', original: line, converted: line });
    }
  }
}
