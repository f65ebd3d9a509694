import type { SyntaxNode as Node } from '../../parse/syntax';

/** One name an import statement binds. */
export interface ImportedBinding {
  /** The bound name (`nn` in `import torch.nn as nn`, `torch` in `import torch.nn`). */
  name: string;
  /** What the name refers to: `torch.nn`, `torch` (plain `import torch.nn`), `torch.nn.Conv2d`. */
  qualified: string;
  /** How it was written: `import X`, `import X as N`, or `from M import X [as N]`. */
  form: 'import' | 'import-as' | 'from';
  /** The item's own text inside the statement (`torch.nn as nn`, `Conv2d`). */
  itemText: string;
}

export interface ImportStatement {
  node: Node;
  bindings: ImportedBinding[];
  /** `from M import *`: the module M. */
  starFrom?: string;
  /** A relative import (`from . import x`): never torch. */
  relative: boolean;
}

function text(node: Node | null): string {
  return node ? node.text : '';
}

/** The bindings of an `import_statement` or `import_from_statement` node. */
export function readImport(node: Node): ImportStatement {
  if (node.type === 'import_statement') {
    const bindings: ImportedBinding[] = [];
    for (const item of node.childrenForFieldName('name')) {
      if (!item) {
        continue;
      }
      if (item.type === 'aliased_import') {
        const dotted = text(item.childForFieldName('name'));
        bindings.push({ name: text(item.childForFieldName('alias')), qualified: dotted, form: 'import-as', itemText: item.text });
      } else {
        const dotted = item.text;
        bindings.push({ name: dotted.split('.')[0], qualified: dotted.split('.')[0], form: 'import', itemText: dotted });
      }
    }
    return { node, bindings, relative: false };
  }
  const moduleNode = node.childForFieldName('module_name');
  const relative = moduleNode?.type === 'relative_import';
  const moduleName = text(moduleNode).replace(/\s+/g, '');
  const statement: ImportStatement = { node, bindings: [], relative };
  if (node.namedChildren.some(child => child?.type === 'wildcard_import')) {
    statement.starFrom = moduleName;
  }
  for (const item of node.childrenForFieldName('name')) {
    if (!item) {
      continue;
    }
    const original = item.type === 'aliased_import' ? text(item.childForFieldName('name')) : item.text;
    const alias = item.type === 'aliased_import' ? text(item.childForFieldName('alias')) : original;
    statement.bindings.push({ name: alias, qualified: `${moduleName}.${original}`, form: 'from', itemText: item.text });
  }
  return statement;
}
