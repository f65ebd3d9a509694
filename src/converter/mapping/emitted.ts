/**
 * What a converted call of a mapping entry can pass to its MindSpore target,
 * read from the entry alone: every keyword it may emit. The tests check these
 * against the catalog of each MindSpore version; the coverage script reports
 * the entries an older version cannot take.
 */
import { cachedSignature } from '../catalog/signature';
import { TRANSFORMS } from './transforms';
import type { ApiTarget, MappingEntry, TargetApi } from './types';

/** The target of an entry for a target family: mint falls back to classic. */
export function targetOf(entry: MappingEntry, family: TargetApi): ApiTarget | undefined {
  return family === 'mint' ? entry.mint ?? (entry.status === 'unsupported' ? undefined : entry.classic) : entry.status === 'unsupported' ? undefined : entry.classic;
}

/**
 * Every keyword a conversion of `entry` to `target` can emit. A function's
 * first positional parameter (the input tensor) is always passed by
 * position, as is the receiver of a method turned into a function.
 */
export function emittedKeywords(entry: MappingEntry, target: ApiTarget): string[] {
  const params = cachedSignature(entry.args ?? []).params;
  const out = new Set<string>(Object.keys(target.setArgs ?? {}));
  params.forEach((param, index) => {
    if (param.kind === 'var-keyword' || param.kind === 'var-positional') {
      return;
    }
    if (target.drop?.[param.name] !== undefined || target.unsupportedArgs?.[param.name] !== undefined) {
      return;
    }
    if (entry.kind === 'function' && index === 0 && param.kind !== 'keyword-only') {
      return;
    }
    const renamed = target.rename?.[param.name] ?? param.name;
    const transform = target.transforms?.[param.name];
    for (const name of transform ? TRANSFORMS[transform].emits(renamed) : [renamed]) {
      out.add(name);
    }
  });
  return [...out];
}

/** How many leading positional arguments a conversion passes before its keywords (the input tensor, a receiver). */
export function leadingPositional(entry: MappingEntry, target: ApiTarget): number {
  if (entry.kind === 'method') {
    return target.style === 'function' ? 1 : 0;
  }
  const first = cachedSignature(entry.args ?? []).params[0];
  return entry.kind === 'function' && first && first.kind !== 'keyword-only' && first.kind !== 'var-keyword' ? 1 : 0;
}
