/**
 * Names of the structural rewriters a mapping entry can ask for
 * (`"rewriter": "tensorSizeToShape"`). The registry in ./index.ts is typed
 * `Record<RewriterName, ...>`, so every name here has exactly one
 * implementation, and the schema test checks the names used in mappings/.
 */
export const REWRITER_NAMES = ['checkpointFiles', 'deviceMove', 'gainValue', 'initializerCall', 'minMaxOverloads', 'moduleParameters', 'modulesToCells', 'noGradGuard', 'randintOverloads', 'recurrentCellState', 'renamedParameters', 'tensorSizeToShape', 'trainingStep', 'typedTensor', 'variableWrap'] as const;

export type RewriterName = (typeof REWRITER_NAMES)[number];

export function isRewriterName(name: string): name is RewriterName {
  return (REWRITER_NAMES as readonly string[]).includes(name);
}
