import { py } from '../codegen/python';
import { normalizeAxis } from '../ir/shapes';
import { call } from './support/emit';
import { OpMapper, unsupported } from './types';

const REDUCTIONS: Record<string, string> = { none: 'none', add: 'add' };

function scatterMapper(opType: string, sinceVersions: number[]): OpMapper {
  return {
  opType,
  sinceVersions,
  restrictions: 'reductions other than none and add are not converted',
  infer: n => [n.info(0)],
  emit(n) {
    const reduction = REDUCTIONS[n.attrs.string('reduction', 'none')] ?? unsupported(`reduction '${n.attrs.string('reduction')}'`);
    const axis = normalizeAxis(n.attrs.int('axis', 0), n.rank(0));
    return call('ops.tensor_scatter_elements', a => [a[0].expr, a[1].expr, a[2].expr, ['axis', py.int(axis)], ['reduction', py.str(reduction)]]);
  }
  };
}

export const ScatterElements = scatterMapper('ScatterElements', [11, 13, 16, 18]);
/** The deprecated name of ScatterElements (opsets 9-10), same semantics. */
export const Scatter = scatterMapper('Scatter', [9]);
