/**
 * Python scopes of one file: which names each module, class, function,
 * lambda and comprehension scope binds, and from which scope every loaded
 * identifier is read. Computed once per file (LibCST's ScopeProvider is the
 * model); rewriters only ask questions of it.
 */
import type { SyntaxNode as Node } from '../../parse/syntax';
import { ImportedBinding, ImportStatement, readImport } from './imports';

export type ScopeKind = 'module' | 'class' | 'function' | 'comprehension';

export interface Binding {
  name: string;
  scope: Scope;
  /** The identifier (or import statement) that binds it. */
  node: Node;
  /** Set for bindings made by an import statement. */
  imported?: ImportedBinding;
  statement?: ImportStatement;
}

export class Scope {
  readonly bindings = new Map<string, Binding[]>();
  readonly globals = new Set<string>();

  constructor(readonly kind: ScopeKind, readonly node: Node, readonly parent: Scope | undefined) {}

  bind(binding: Binding): void {
    const list = this.bindings.get(binding.name);
    if (list) {
      list.push(binding);
    } else {
      this.bindings.set(binding.name, [binding]);
    }
  }

  get module(): Scope {
    return this.parent ? this.parent.module : this;
  }

  /** The bindings a load of `name` in this scope reads (Python's LEGB rule); empty for builtins and undefined names. */
  lookup(name: string): Binding[] {
    if (this.globals.has(name)) {
      return this.module.bindings.get(name) ?? [];
    }
    const own = this.bindings.get(name);
    if (own) {
      return own;
    }
    let scope = this.parent;
    while (scope) {
      if (scope.kind !== 'class') {
        const found = scope.bindings.get(name);
        if (found) {
          return found;
        }
      }
      scope = scope.parent;
    }
    return [];
  }
}

export interface Load {
  node: Node;
  scope: Scope;
  name: string;
  /** The attributes the identifier is the root of (`nn`: `nn.init`, `nn.init.normal_`), innermost first. */
  chain: Node[];
}

export interface CallNode {
  call: Node;
  /** Its `function` field. */
  callee: Node | null;
}

export interface ScopeAnalysis {
  module: Scope;
  scopes: Scope[];
  /** Every identifier that is read (not bound), with the scope it is read in and its text. */
  loads: Load[];
  /** Every call and every class definition, in source order (collected by the same walk, so no step walks the tree again). */
  calls: CallNode[];
  classes: Node[];
  imports: ImportStatement[];
  /** Every name bound anywhere in the file, in any scope. */
  boundNames: Set<string>;
}

const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression']);
const PATTERN_CONTAINERS = new Set([
  'pattern_list',
  'tuple_pattern',
  'list_pattern',
  'list_splat_pattern',
  'tuple',
  'list',
  'parenthesized_expression',
  'expression_list',
  'list_splat',
  'as_pattern_target'
]);

class ScopeBuilder {
  readonly scopes: Scope[] = [];
  readonly loads: Load[] = [];
  readonly calls: CallNode[] = [];
  readonly classes: Node[] = [];
  readonly imports: ImportStatement[] = [];
  readonly boundNames = new Set<string>();

  newScope(kind: ScopeKind, node: Node, parent: Scope | undefined): Scope {
    const scope = new Scope(kind, node, parent);
    this.scopes.push(scope);
    return scope;
  }

  bindName(scope: Scope, node: Node, extra: Partial<Binding> = {}): void {
    const name = node.text;
    this.boundNames.add(name);
    const target = scope.globals.has(name) ? scope.module : scope;
    target.bind({ name, scope: target, node, ...extra });
  }

  /** Binds the names of an assignment target; attributes and subscripts in it are loads. */
  bindTarget(node: Node | null, scope: Scope): void {
    if (!node) {
      return;
    }
    if (node.type === 'identifier') {
      this.bindName(scope, node);
    } else if (PATTERN_CONTAINERS.has(node.type)) {
      for (const child of node.namedChildren) {
        this.bindTarget(child, scope);
      }
    } else {
      this.visit(node, scope);
    }
  }

  visitChildren(node: Node, scope: Scope, skip?: ReadonlySet<number>): void {
    // Anonymous children are punctuation and keywords: they bind and load nothing.
    for (const child of node.namedChildren) {
      if (child && !skip?.has(child.id)) {
        this.visit(child, scope);
      }
    }
  }

  visit(node: Node, scope: Scope): void {
    switch (node.type) {
      case 'identifier':
        this.loads.push({ node, scope, name: node.text, chain: [] });
        return;
      case 'attribute': {
        // The whole chain `a.b.c` at once: its root identifier's load records the attributes above it.
        const chain = [node];
        let object = node.childForFieldName('object');
        while (object?.type === 'attribute') {
          chain.push(object);
          object = object.childForFieldName('object');
        }
        if (object?.type === 'identifier') {
          this.loads.push({ node: object, scope, name: object.text, chain: chain.reverse() });
        } else if (object) {
          this.visit(object, scope);
        }
        chain.forEach(attribute => this.visitErrors(attribute, scope));
        return;
      }
      case 'keyword_argument':
        this.visitField(node, 'value', scope);
        this.visitErrors(node, scope);
        return;
      case 'import_statement':
      case 'import_from_statement': {
        const statement = readImport(node);
        this.imports.push(statement);
        for (const imported of statement.bindings) {
          this.boundNames.add(imported.name);
          const target = scope.globals.has(imported.name) ? scope.module : scope;
          target.bind({ name: imported.name, scope: target, node, imported, statement });
        }
        return;
      }
      case 'future_import_statement':
        return;
      case 'global_statement':
      case 'nonlocal_statement':
        for (const child of node.namedChildren) {
          if (child?.type === 'identifier') {
            if (node.type === 'global_statement') {
              scope.globals.add(child.text);
            }
            this.boundNames.add(child.text);
          }
        }
        return;
      case 'assignment':
      case 'augmented_assignment':
        this.bindTarget(node.childForFieldName('left'), scope);
        this.visitField(node, 'type', scope);
        this.visitField(node, 'right', scope);
        this.visitErrors(node, scope);
        return;
      case 'for_statement':
      case 'for_in_clause':
        this.bindTarget(node.childForFieldName('left'), scope);
        this.visitChildren(node, scope, idsOf(node.childForFieldName('left')));
        return;
      case 'named_expression':
        this.bindTarget(node.childForFieldName('name'), nonComprehension(scope));
        this.visitField(node, 'value', scope);
        this.visitErrors(node, scope);
        return;
      case 'as_pattern':
        this.visitChildren(node, scope, idsOf(node.childForFieldName('alias')));
        this.bindTarget(node.childForFieldName('alias'), scope);
        return;
      case 'function_definition':
        this.visitFunction(node, scope);
        return;
      case 'class_definition':
        this.classes.push(node);
        this.visitClass(node, scope);
        return;
      case 'call':
        this.calls.push({ call: node, callee: node.childForFieldName('function') });
        this.visitChildren(node, scope);
        return;
      case 'lambda':
        this.visitLambda(node, scope);
        return;
      default:
        if (COMPREHENSIONS.has(node.type)) {
          this.visitChildren(node, this.newScope('comprehension', node, scope));
          return;
        }
        this.visitChildren(node, scope);
    }
  }

  /**
   * Error recovery can put an ERROR node anywhere, outside the fields the
   * cases above visit: the names read inside it are still read (and stay in
   * the output, which keeps unparsable lines as they are).
   */
  visitErrors(node: Node, scope: Scope): void {
    if (!node.hasError) {
      return;
    }
    for (let i = 0; i < node.childCount; i += 1) {
      const child = node.child(i);
      if (child?.isError && node.fieldNameForChild(i) === null) {
        this.visit(child, scope);
      }
    }
  }

  visitField(node: Node, field: string, scope: Scope): void {
    const child = node.childForFieldName(field);
    if (child) {
      this.visit(child, scope);
    }
  }

  /** Parameter names bind in `inner`; defaults and annotations are evaluated in `outer`. */
  visitParameters(parameters: Node | null, outer: Scope, inner: Scope): void {
    for (const param of parameters?.namedChildren ?? []) {
      if (!param) {
        continue;
      }
      if (param.type === 'identifier') {
        this.bindName(inner, param);
        continue;
      }
      for (const part of param.namedChildren) {
        if (!part) {
          continue;
        }
        const field = fieldOf(param, part);
        if (part.type === 'identifier' && (field === 'name' || field === null)) {
          this.bindName(inner, part);
        } else if (part.type === 'list_splat_pattern' || part.type === 'dictionary_splat_pattern') {
          this.bindTarget(part.namedChildren[0] ?? null, inner);
        } else {
          this.visit(part, outer);
        }
      }
    }
  }

  visitFunction(node: Node, scope: Scope): void {
    this.bindName(scope, node.childForFieldName('name')!);
    const inner = this.newScope('function', node, scope);
    this.visitParameters(node.childForFieldName('parameters'), scope, inner);
    this.visitField(node, 'return_type', scope);
    this.visitField(node, 'body', inner);
    this.visitErrors(node, scope);
  }

  visitLambda(node: Node, scope: Scope): void {
    const inner = this.newScope('function', node, scope);
    this.visitParameters(node.childForFieldName('parameters'), scope, inner);
    this.visitField(node, 'body', inner);
    this.visitErrors(node, scope);
  }

  visitClass(node: Node, scope: Scope): void {
    this.bindName(scope, node.childForFieldName('name')!);
    this.visitField(node, 'superclasses', scope);
    this.visitField(node, 'body', this.newScope('class', node, scope));
    this.visitErrors(node, scope);
  }
}

function fieldOf(parent: Node, child: Node): string | null {
  for (let i = 0; i < parent.childCount; i += 1) {
    if (parent.child(i)?.id === child.id) {
      return parent.fieldNameForChild(i);
    }
  }
  return null;
}

function idsOf(node: Node | null): Set<number> {
  return new Set(node ? [node.id] : []);
}

function nonComprehension(scope: Scope): Scope {
  let current = scope;
  while (current.kind === 'comprehension' && current.parent) {
    current = current.parent;
  }
  return current;
}

export function analyzeScopes(root: Node): ScopeAnalysis {
  const builder = new ScopeBuilder();
  const module = builder.newScope('module', root, undefined);
  builder.visitChildren(root, module);
  return {
    module,
    scopes: builder.scopes,
    loads: builder.loads,
    calls: builder.calls.sort((a, b) => a.call.startIndex - b.call.startIndex),
    classes: builder.classes.sort((a, b) => a.startIndex - b.startIndex),
    imports: builder.imports,
    boundNames: builder.boundNames
  };
}
