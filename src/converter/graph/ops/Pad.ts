import { formatFloat } from '../codegen/python';
import { isFloat } from '../onnx/dtypes';
import { normalizeAxis } from '../ir/shapes';
import { call, expression } from './support/emit';
import { scalarText } from './support/literals';
import { NodeView, OpMapper, unsupported } from './types';

const MODES: Record<string, string> = { constant: 'constant', reflect: 'reflect', edge: 'replicate', wrap: 'circular' };

/** Begin/end pads per axis from the attribute (opset < 11) or the constant input, with opset 18's axes. */
function padsOf(n: NodeView): { begin: number[]; end: number[] } {
  const rank = n.rank(0);
  const pads = n.opset < 11 ? n.attrs.required(n.attrs.ints('pads'), 'pads') : n.constInts(1, 'pads');
  const axes = n.opset >= 18 && n.has(3) ? n.constInts(3, 'axes').map(a => normalizeAxis(a, rank)) : Array.from({ length: rank }, (_, i) => i);
  const begin = new Array<number>(rank).fill(0);
  const end = new Array<number>(rank).fill(0);
  axes.forEach((axis, i) => {
    begin[axis] = pads[i];
    end[axis] = pads[i + axes.length];
  });
  return { begin, end };
}

export const Pad: OpMapper = {
  opType: 'Pad',
  sinceVersions: [2, 11, 13, 18, 19, 21],
  infer(n) {
    const { begin, end } = padsOf(n);
    return [{ dtype: n.dtype(0), shape: n.shape(0).map((d, i) => d + begin[i] + end[i]) }];
  },
  emit(n) {
    const { begin, end } = padsOf(n);
    if (begin.every(p => p === 0) && end.every(p => p === 0)) return expression('identity', a => a[0].expr);
    const mode = MODES[n.attrs.string('mode', 'constant')] ?? unsupported(`mode '${n.attrs.string('mode')}'`);
    // ops.pad takes (begin, end) pairs from the last axis backwards, as torch.nn.functional.pad.
    const first = begin.findIndex((p, i) => p !== 0 || end[i] !== 0);
    const pairs: number[] = [];
    for (let axis = begin.length - 1; axis >= first; axis--) pairs.push(begin[axis], end[axis]);
    let value: number | undefined;
    if (mode === 'constant') {
      if (n.opset < 11) value = n.attrs.float('value', 0);
      else if (n.has(2)) {
        const c = n.constant(2);
        if (!c) unsupported('a pad value computed at run time');
        value = c.values()[0];
      }
    }
    const valueText = value === undefined || value === 0 ? undefined : isFloat(n.dtype(0)) ? formatFloat(value, true) : scalarText(n.constant(2)!, value);
    return call('ops.pad', a => [
      a[0].expr,
      `(${pairs.join(', ')})`,
      ...(mode !== 'constant' ? [['mode', `'${mode}'`] as [string, string]] : []),
      ...(valueText ? [['value', valueText] as [string, string]] : [])
    ]);
  }
};
