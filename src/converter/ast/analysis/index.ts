/**
 * Everything the rewriters need to know about a file, computed once: scopes,
 * imports, and the canonical name of any expression (`nn.Conv2d` ->
 * `torch.nn.Conv2d` after `import torch.nn as nn`). Rewriters never read
 * import text themselves.
 */
import type { SyntaxNode as Node } from '../../parse/syntax';
import { analyzeScopes, Binding, Load, Scope, ScopeAnalysis } from './scopes';

export { Binding, CallNode, Load, Scope } from './scopes';
export { ImportedBinding, ImportStatement } from './imports';

/** Root packages whose names the converter resolves and reports (torchvision: its transforms and datasets). */
const TORCH_ROOTS = new Set(['torch', 'torchvision']);

export function isTorchName(qualified: string): boolean {
  return TORCH_ROOTS.has(qualified.split('.')[0]);
}

/**
 * Names a notebook cell commonly uses without importing them (an earlier
 * cell did): read as these imports when nothing in the source binds them.
 */
export const IMPLICIT_IMPORTS: Readonly<Record<string, string>> = {
  torch: 'torch',
  nn: 'torch.nn',
  F: 'torch.nn.functional',
  optim: 'torch.optim'
};

function insideExcept(node: Node): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'except_clause') {
      return true;
    }
    if (current.type === 'function_definition' || current.type === 'class_definition') {
      return false;
    }
  }
  return false;
}

export class FileAnalysis {
  readonly scopes: ScopeAnalysis;
  private readonly loadOf = new Map<number, Load>();
  private readonly callOfCallee = new Map<number, Node>();
  private readonly implicit = new Map<string, Binding>();
  /** Implicit imports some load was read as, with the first such load (for the report). */
  readonly implicitUsed = new Map<string, Node>();

  /** Torch modules imported with `from M import *` at module level. */
  private readonly starModules: string[];

  /**
   * `isKnownName` tells which torch names exist (the mapping table's names
   * and their prefixes): a name a torch star import may have brought in is
   * read as torch only if it is one of them.
   */
  constructor(readonly root: Node, private readonly isKnownName: (qualified: string) => boolean = () => false) {
    this.scopes = analyzeScopes(root);
    this.starModules = this.scopes.imports
      .filter(statement => statement.starFrom && isTorchName(statement.starFrom) && statement.node.parent?.type === 'module')
      .map(statement => statement.starFrom!);
    for (const load of this.scopes.loads) {
      this.loadOf.set(load.node.id, load);
    }
    for (const { call, callee } of this.scopes.calls) {
      if (callee) {
        this.callOfCallee.set(callee.id, call);
      }
    }
  }

  /** The call whose function `callee` is (`f` in `f(x)`), if any. */
  callOf(callee: Node): Node | undefined {
    return this.callOfCallee.get(callee.id);
  }

  /** `Conv2d` after `from torch.nn import *`: a binding to the known torch name it must be. */
  private starBinding(name: string): Binding | undefined {
    const module = this.starModules.find(m => this.isKnownName(`${m}.${name}`));
    if (!module) {
      return undefined;
    }
    const qualified = `${module}.${name}`;
    let binding = this.implicit.get(qualified);
    if (!binding) {
      binding = { name, scope: this.scopes.module, node: this.root, imported: { name, qualified, form: 'from', itemText: name } };
      this.implicit.set(qualified, binding);
    }
    return binding;
  }

  private implicitBinding(name: string): Binding | undefined {
    const qualified = IMPLICIT_IMPORTS[name];
    if (!qualified || this.scopes.boundNames.has(name)) {
      return undefined;
    }
    let binding = this.implicit.get(name);
    if (!binding) {
      binding = {
        name,
        scope: this.scopes.module,
        node: this.root,
        imported: { name, qualified, form: 'import-as', itemText: `${qualified} as ${name}` }
      };
      this.implicit.set(name, binding);
    }
    return binding;
  }

  /** The scope a loaded identifier is read in (undefined for identifiers that are not loads). */
  scopeOf(identifier: Node): Scope | undefined {
    return this.loadOf.get(identifier.id)?.scope;
  }

  /**
   * The import binding a loaded identifier reads, when every binding of the
   * name in the scope it resolves to is an import of the same thing; an
   * identifier also assigned elsewhere in that scope is ambiguous.
   */
  importOf(identifier: Node): Binding | undefined {
    const load = this.loadOf.get(identifier.id);
    if (!load) {
      return undefined;
    }
    const all = load.scope.lookup(load.name);
    const star = all.length === 0 && this.starModules.length > 0 ? this.starBinding(load.name) : undefined;
    if (star) {
      return star;
    }
    if (all.length === 0) {
      const implicit = this.implicitBinding(load.name);
      if (implicit && !this.implicitUsed.has(load.name)) {
        this.implicitUsed.set(load.name, identifier);
      }
      return implicit;
    }
    if (!all.some(b => b.imported)) {
      return undefined;
    }
    // `try: import torch` / `except ImportError: torch = None`: the fallback does not count.
    const bindings = all.filter(b => b.imported || !insideExcept(b.node));
    if (bindings.length === 0 || bindings.some(b => !b.imported || b.statement?.relative)) {
      return undefined;
    }
    const qualified = bindings[0].imported!.qualified;
    return bindings.every(b => b.imported!.qualified === qualified) ? bindings[0] : undefined;
  }

  /** The canonical dotted name of an identifier or attribute chain rooted in an import, if any. */
  qualifiedName(node: Node): string | undefined {
    if (node.type === 'identifier') {
      return this.importOf(node)?.imported!.qualified;
    }
    if (node.type === 'attribute') {
      const object = node.childForFieldName('object');
      const attribute = node.childForFieldName('attribute');
      const base = object && this.qualifiedName(object);
      return base && attribute ? `${base}.${attribute.text}` : undefined;
    }
    return undefined;
  }

  /** The identifier at the root of an attribute chain (`nn` in `nn.init.normal_`). */
  static rootIdentifier(node: Node): Node | undefined {
    let current: Node | null = node;
    while (current?.type === 'attribute') {
      current = current.childForFieldName('object');
    }
    return current?.type === 'identifier' ? current : undefined;
  }
}
