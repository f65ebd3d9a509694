/**
 * Whether a planned method call exists in the selected MindSpore version:
 * the converter checks tensor and Cell methods itself, because the validator
 * cannot tell a tensor from any other receiver. (MindSpore 2.2's Tensor
 * methods take axis/keepdims where 2.6's overloads also take torch's
 * dim/keepdim; some 2.6 methods do not exist in 2.2 at all.)
 */
import { bindOverloads, formatSignature } from '../../catalog';
import type { ConversionContext } from '../context';

/** Why a call of `api` with this shape fails in the selected version, or undefined (it binds, or the catalog cannot tell). */
export function versionProblem(context: ConversionContext, api: string, shape?: { positional: number; keywords: string[] }): string | undefined {
  const { catalog } = context;
  const resolved = catalog.resolve(api);
  if (resolved.status === 'unknown') {
    return `${api} does not exist in MindSpore ${catalog.version}`;
  }
  const signatures = resolved.status === 'found' ? resolved.entry.signatures : undefined;
  if (!shape || !signatures || signatures.length === 0) {
    return undefined;
  }
  const problems = bindOverloads(signatures, shape);
  const name = api.replace(/^mindspore\./, '');
  const takes = `MindSpore ${catalog.version}'s ${name}${signatures.map(formatSignature).join(' / ')}`;
  if (problems.unknownKeywords.length > 0) {
    return `${takes} has no parameter ${problems.unknownKeywords.join(', ')}`;
  }
  if (problems.duplicateKeywords.length > 0) {
    return `${takes} receives ${problems.duplicateKeywords.join(', ')} twice`;
  }
  if (problems.tooManyPositional) {
    return `${takes} takes ${problems.tooManyPositional.accepted} positional arguments, not ${problems.tooManyPositional.given}`;
  }
  return undefined;
}
