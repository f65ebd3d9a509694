/**
 * The names a Python file binds by its imports, as qualified names
 * (`import mindspore.nn as nn` binds `nn` to `mindspore.nn`), so that a
 * reference such as `nn.Conv2d` can be resolved to `mindspore.nn.Conv2d`.
 */
import type { SyntaxNode as Node } from '../parse/syntax';

/** One name an import statement makes available. */
export interface ImportedName {
  /** The local name bound (`nn`), or undefined for `from x import *`. */
  local?: string;
  /** The qualified name it refers to (`mindspore.nn`); the module for a star import. */
  qualified: string;
  /** For `from m import n`: the module `m` (checked on its own first). */
  fromModule?: string;
  /** The import statement's node part that names it, for positions. */
  node: Node;
}

export interface ImportBindings {
  /** Local name -> qualified name; the last import of a name wins. */
  names: Map<string, string>;
  /** Modules imported with `from m import *`, in order. */
  starModules: string[];
  /** Every imported name, in source order (for checking that each exists). */
  imported: ImportedName[];
}

function dotted(node: Node): string {
  return node.namedChildren.map(child => child!.text).join('.');
}

const IMPORT_STATEMENTS = ['import_statement', 'import_from_statement'];

/**
 * The import statements of a tree without errors, found from the `import`
 * keywords in its text (`source`) rather than by walking every node.
 */
function importStatements(root: Node, source: string): Node[] {
  const found: Node[] = [];
  for (let at = source.indexOf('import'); at >= 0; at = source.indexOf('import', at + 1)) {
    const keyword = root.descendantForIndex(at, at + 'import'.length);
    const statement = keyword?.type === 'import' && keyword.startIndex === at ? keyword.parent : null;
    if (statement && IMPORT_STATEMENTS.includes(statement.type)) {
      found.push(statement);
    }
  }
  return found;
}

/**
 * Collects the bindings of every import statement in the tree (at any depth:
 * imports inside functions count too). `source`, the text of the tree, saves
 * reading it back from the tree.
 */
export function collectImports(root: Node, source?: string): ImportBindings {
  const bindings: ImportBindings = { names: new Map(), starModules: [], imported: [] };
  // Error recovery can leave a statement without its `import` keyword: there, every node is looked at.
  const statements = root.hasError ? root.descendantsOfType(IMPORT_STATEMENTS) : importStatements(root, source ?? root.text);
  for (const statement of statements) {
    if (!statement) {
      continue;
    }
    if (statement.type === 'import_statement') {
      for (const part of statement.childrenForFieldName('name')) {
        if (!part) {
          continue;
        }
        if (part.type === 'aliased_import') {
          const qualified = dotted(part.childForFieldName('name')!);
          const local = part.childForFieldName('alias')!.text;
          bindings.names.set(local, qualified);
          bindings.imported.push({ local, qualified, node: part });
        } else {
          // `import a.b.c` binds `a` and makes `a.b.c` importable.
          const qualified = dotted(part);
          const local = qualified.split('.')[0];
          bindings.names.set(local, local);
          bindings.imported.push({ local, qualified, node: part });
        }
      }
      continue;
    }
    const moduleNode = statement.childForFieldName('module_name');
    if (!moduleNode || moduleNode.type !== 'dotted_name') {
      continue; // relative imports name the user's own package
    }
    const fromModule = dotted(moduleNode);
    if (statement.namedChildren.some(child => child?.type === 'wildcard_import')) {
      bindings.starModules.push(fromModule);
      bindings.imported.push({ qualified: fromModule, node: moduleNode });
      continue;
    }
    for (const part of statement.childrenForFieldName('name')) {
      if (!part) {
        continue;
      }
      const nameNode = part.type === 'aliased_import' ? part.childForFieldName('name')! : part;
      const local = part.type === 'aliased_import' ? part.childForFieldName('alias')!.text : nameNode.text;
      const qualified = `${fromModule}.${dotted(nameNode)}`;
      bindings.names.set(local, qualified);
      bindings.imported.push({ local, qualified, fromModule, node: part });
    }
  }
  return bindings;
}
