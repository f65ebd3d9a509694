/**
 * When some `nn.X` stays torch (unconverted) while the converted code needs
 * MindSpore's `nn`, the remaining torch uses are written with their qualified
 * torch name (`torch.nn.X`) so that `nn` can name mindspore.nn in the whole
 * file, instead of MindSpore getting a second alias (`ms_nn`). It applies to
 * a module-level torch import whose name is the preferred alias of a
 * MindSpore module the code needs, when every remaining use can be rewritten
 * (none on an unparsable or masked notebook line) and `torch` (`torchvision`)
 * names that package there: a module-level `import torch`, kept, or no
 * `torch` anywhere, and an `import torch.nn` is added.
 */
import type { Binding, ImportStatement } from '../analysis';
import { ConversionContext, position } from '../context';
import { preferredAlias, shadowedAt, TorchImport } from './aliases';

/** The module-level `import torch` records (`torch` is bound only by them), or undefined when the name means something else. */
function rootImports(context: ConversionContext, imports: readonly TorchImport[], root: string): TorchImport[] | undefined {
  const bindings = context.analysis.scopes.module.bindings.get(root) ?? [];
  const records = bindings.map(binding => imports.find(i => i.binding === binding && i.imported.qualified === root));
  return records.every((record): record is TorchImport => record !== undefined) ? records : undefined;
}

/**
 * Rewrites the remaining uses of torch imports that collide with a needed
 * MindSpore alias, marking them unused; returns the import lines to add to
 * their statements (`import torch.nn` when nothing imports torch itself).
 */
export function respellCollidingTorchNames(context: ConversionContext, imports: TorchImport[], uses: ReadonlyMap<string, number[]>): Map<ImportStatement, string[]> {
  const extraLines = new Map<ImportStatement, string[]>();
  const wanted = new Set([...uses.keys()].map(preferredAlias));
  const { scopes } = context.analysis;
  for (const record of imports) {
    const name = record.imported.name;
    const moduleBindings = scopes.module.bindings.get(name) ?? [];
    const collides =
      record.used &&
      wanted.has(name) &&
      record.statement.node.parent?.type === 'module' &&
      moduleBindings.length === 1 &&
      moduleBindings[0] === record.binding &&
      !context.maskedNames.has(name);
    if (!collides) {
      continue;
    }
    const remaining = scopes.loads.filter(load => !context.consumed.has(load.node.id) && load.name === name && load.scope.lookup(name).includes(record.binding as Binding));
    const offsets = remaining.map(load => load.node.startIndex);
    const qualified = record.imported.qualified;
    const root = qualified.split('.')[0];
    const roots = rootImports(context, imports, root);
    const rootFree = !scopes.boundNames.has(root) && !scopes.loads.some(load => load.name === root);
    if (remaining.length === 0 || name === root || (!roots?.length && !rootFree) || shadowedAt(context, root, offsets)) {
      continue;
    }
    if (!context.edits.addGroup(remaining.map(load => ({ start: load.node.startIndex, end: load.node.endIndex, text: qualified })))) {
      continue;
    }
    record.used = false;
    if (roots?.length) {
      roots.forEach(root => (root.used = true));
    } else {
      extraLines.set(record.statement, [...(extraLines.get(record.statement) ?? []), `import ${qualified}`]);
    }
    const lines = [...new Set(remaining.map(load => context.lines.position(load.node.startIndex).line))];
    context.entries.push({
      kind: 'info',
      ...position(context, record.statement.node),
      original: name,
      note: `'${name}' names the MindSpore module in the converted code; the ${qualified} uses that stay are written ${qualified}.X (line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}).`
    });
  }
  return extraLines;
}
