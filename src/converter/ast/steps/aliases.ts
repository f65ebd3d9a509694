/** How MindSpore modules are spelled in converted code, and what the import pass knows of each torch import. */
import type { Binding, ImportedBinding, ImportStatement } from '../analysis';
import type { ConversionContext } from '../context';

export const PREFERRED_ALIAS: Record<string, string> = {
  mindspore: 'mindspore',
  'mindspore.nn': 'nn',
  'mindspore.ops': 'ops',
  'mindspore.mint': 'mint',
  'mindspore.mint.nn': 'mint_nn',
  'mindspore.mint.nn.functional': 'F',
  'mindspore.numpy': 'mnp',
  'mindspore.common.initializer': 'init'
};

export interface TorchImport {
  statement: ImportStatement;
  imported: ImportedBinding;
  binding: Binding;
  used: boolean;
}

/** Whether `name` is bound in a local scope around any of the offsets (where a module alias would be shadowed). */
export function shadowedAt(context: ConversionContext, name: string, offsets: readonly number[]): boolean {
  // Only local scopes that bind the name matter: looked for first, so the offsets are compared with few scopes.
  const binding = context.analysis.scopes.scopes.filter(scope => scope.kind !== 'module' && scope.bindings.has(name));
  return binding.some(scope => {
    const { startIndex, endIndex } = scope.node;
    return offsets.some(offset => startIndex <= offset && offset < endIndex);
  });
}

export function preferredAlias(module: string): string {
  return PREFERRED_ALIAS[module] ?? module.slice(module.lastIndexOf('.') + 1);
}
