import { py } from '../codegen/python';
import { normalizeAxis } from '../ir/shapes';
import { call } from './support/emit';
import { NodeView, OpMapper, unsupported } from './types';

function kOf(n: NodeView): number {
  if (n.opset < 10) return n.attrs.required(n.attrs.int('k'), 'k');
  const k = n.constant(1);
  if (!k) unsupported('k computed at run time');
  return k.values()[0];
}

export const TopK: OpMapper = {
  opType: 'TopK',
  sinceVersions: [1, 10, 11],
  infer(n) {
    const shape = n.shape(0).slice();
    shape[normalizeAxis(n.attrs.int('axis', -1), shape.length)] = kOf(n);
    return [{ dtype: n.dtype(0), shape }, { dtype: 'int64', shape }];
  },
  emit(n) {
    const axis = normalizeAxis(n.attrs.int('axis', -1), n.rank(0));
    const largest = n.attrs.int('largest', 1) === 1;
    const sorted = n.attrs.int('sorted', 1) === 1;
    return call('ops.topk', a => [a[0].expr, String(kOf(n)), ['dim', py.int(axis)], ['largest', py.bool(largest)], ['sorted', py.bool(sorted)]], 2);
  }
};
