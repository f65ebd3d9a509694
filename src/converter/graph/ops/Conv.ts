import { py, PyValue, render } from '../codegen/python';
import { ConstTensor } from '../ir/tensor';
import { call, CallPart, keyword, keywordUnless, layer, paramFrom, positional } from './support/emit';
import { convPadding, hasPadding, intOrTuple, readWindow, symmetric, Window } from './support/window';
import { NodeView, OpMapper, unsupported } from './types';

function window(n: NodeView): Window {
  const x = n.shape(0);
  const w = n.shape(1);
  if (x.length < 3 || x.length > 5) unsupported(`Conv on a rank-${x.length} input`);
  return readWindow(n, x.slice(2), n.attrs.ints('kernel_shape', w.slice(2)));
}

/** nn.Conv1d keeps its weight as (out, in/group, 1, k): MindSpore runs it as a 2-D convolution. */
const conv1dWeight = {
  describe: 'reshaped (out, in/group, k) -> (out, in/group, 1, k) for nn.Conv1d',
  apply: (t: ConstTensor) => ConstTensor.fromBytes(t.dtype, [t.dims[0], t.dims[1], 1, t.dims[2]], t.bytes())
};

/** 'pad' with explicit (possibly zero) padding, as torch writes it, so that convolutions differing only in padding share a class. */
function padModeOf(win: Window): string {
  return win.autoPad === 'SAME_UPPER' ? 'same' : 'pad';
}

export const Conv: OpMapper = {
  opType: 'Conv',
  sinceVersions: [1, 11],
  restrictions: 'a 1-D convolution with a computed weight is not converted; asymmetric 1-D padding becomes an explicit ops.pad',
  infer(n) {
    const x = n.shape(0);
    const w = n.shape(1);
    const win = window(n);
    const group = n.attrs.int('group', 1);
    if (x[1] !== -1 && x[1] !== w[1] * group) {
      unsupported(`input has ${x[1]} channels, but the weight expects ${w[1] * group}`);
    }
    return [{ dtype: n.dtype(0), shape: [x[0], w[0], ...win.output] }];
  },
  emit(n) {
    const w = n.shape(1);
    const win = window(n);
    const spatial = w.length - 2;
    const group = n.attrs.int('group', 1);
    const weight = paramFrom(n, 1, 'weight');
    const bias = n.has(2) ? paramFrom(n, 2, 'bias') : undefined;
    const padMode = padModeOf(win);
    if (!weight || (n.has(2) && !bias)) {
      if (spatial === 1) unsupported('a 1-D convolution with a computed weight');
      const functionalMode = win.autoPad === 'SAME_UPPER' ? 'same' : hasPadding(win) ? 'pad' : 'valid';
      const optional = (name: string, value: PyValue, fallback: PyValue): CallPart[] => (render(value) === render(fallback) ? [] : [[name, value]]);
      return call(spatial === 2 ? 'ops.conv2d' : 'ops.conv3d', a => [
        a[0].expr,
        a[1].expr,
        ...(n.has(2) ? [a[2].expr] : []),
        ...optional('stride', intOrTuple(win.strides), py.int(1)),
        ...optional('pad_mode', py.str(functionalMode), py.str('valid')),
        ...(functionalMode === 'pad' ? [['padding', convPadding(win)] as CallPart] : []),
        ...optional('dilation', intOrTuple(win.dilations), py.int(1)),
        ...optional('groups', py.int(group), py.int(1))
      ]);
    }
    const params = bias ? [weight, bias] : [weight];
    const common = [
      positional('in_channels', py.int(w[1] * group)),
      positional('out_channels', py.int(w[0]))
    ];
    if (spatial === 1) {
      weight.transform = conv1dWeight;
      weight.shape = [w[0], w[1], 1, w[2]];
      const explicitPad = padMode === 'pad' && !symmetric(win);
      const conv = layer('nn.Conv1d', [
        ...common,
        positional('kernel_size', py.int(win.kernel[0])),
        ...keywordUnless('stride', py.int(win.strides[0]), py.int(1)),
        keyword('pad_mode', py.str(explicitPad ? 'valid' : padMode)),
        ...(padMode === 'pad' && !explicitPad ? keywordUnless('padding', py.int(win.padsBegin[0]), py.int(0)) : []),
        ...keywordUnless('dilation', py.int(win.dilations[0]), py.int(1)),
        ...keywordUnless('group', py.int(group), py.int(1)),
        ...keywordUnless('has_bias', py.bool(!!bias), py.bool(false))
      ], params);
      if (explicitPad && conv.kind === 'layer') {
        conv.callArgs = a => [`ops.pad(${a[0].expr}, (${win.padsBegin[0]}, ${win.padsEnd[0]}))`];
      }
      return conv;
    }
    return layer(spatial === 2 ? 'nn.Conv2d' : 'nn.Conv3d', [
      ...common,
      positional('kernel_size', intOrTuple(win.kernel)),
      ...keywordUnless('stride', intOrTuple(win.strides), py.int(1)),
      keyword('pad_mode', py.str(padMode)),
      ...(padMode === 'pad' ? keywordUnless('padding', convPadding(win), py.int(0)) : []),
      ...keywordUnless('dilation', intOrTuple(win.dilations), py.int(1)),
      ...keywordUnless('group', py.int(group), py.int(1)),
      ...keywordUnless('has_bias', py.bool(!!bias), py.bool(false))
    ], params);
  }
};
