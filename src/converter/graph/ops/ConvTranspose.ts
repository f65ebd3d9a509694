import { py } from '../codegen/python';
import { call, keyword, keywordUnless, layer, paramFrom, positional } from './support/emit';
import { convPadding, intOrTuple, readWindow, symmetric } from './support/window';
import { ConstTensor } from '../ir/tensor';
import { NodeView, OpMapper, unsupported } from './types';

/**
 * Output size stride*(in-1) + output_padding + (k-1)*dilation + 1 - pads. With
 * output_shape or SAME auto_pad, the total padding follows from the wanted
 * size and is split as the ONNX spec says (the extra on the end for SAME_UPPER).
 */
function geometry(n: NodeView) {
  const x = n.shape(0);
  const w = n.shape(1);
  const spatial = x.slice(2);
  const kernel = n.attrs.ints('kernel_shape', w.slice(2));
  const win = readWindow(n, spatial, kernel, true);
  const outputPadding = n.attrs.ints('output_padding', spatial.map(() => 0)).slice();
  const group = n.attrs.int('group', 1);
  const full = spatial.map((d, i) => win.strides[i] * (d - 1) + outputPadding[i] + (kernel[i] - 1) * win.dilations[i] + 1);
  const wanted = n.attrs.ints('output_shape') ?? (win.autoPad.startsWith('SAME') ? spatial.map((d, i) => d * win.strides[i]) : undefined);
  if (wanted) {
    const target = wanted.slice(-spatial.length);
    target.forEach((size, i) => {
      const total = full[i] - size;
      if (total < 0) {
        // A larger wanted size is reached by output padding (zeros on the end), as the ONNX reference does.
        outputPadding[i] += -total;
        full[i] = size;
        win.padsBegin[i] = 0;
        win.padsEnd[i] = 0;
        return;
      }
      const small = Math.floor(total / 2);
      win.padsBegin[i] = win.autoPad === 'SAME_LOWER' ? total - small : small;
      win.padsEnd[i] = total - win.padsBegin[i];
    });
  }
  const output = full.map((size, i) => size - win.padsBegin[i] - win.padsEnd[i]);
  return { win, outputPadding, group, output, outChannels: w[1] * group };
}

const LAYERS: Record<number, string> = { 1: 'nn.Conv1dTranspose', 2: 'nn.Conv2dTranspose', 3: 'nn.Conv3dTranspose' };

export const ConvTranspose: OpMapper = {
  opType: 'ConvTranspose',
  sinceVersions: [1, 11],
  restrictions: 'computed weights only in 2-D with symmetric pads; 1-D needs symmetric pads and no output_padding',
  infer(n) {
    const g = geometry(n);
    return [{ dtype: n.dtype(0), shape: [n.shape(0)[0], g.outChannels, ...g.output] }];
  },
  emit(n) {
    const w = n.shape(1);
    const g = geometry(n);
    const spatial = w.length - 2;
    const weight = paramFrom(n, 1, 'weight');
    const bias = n.has(2) ? paramFrom(n, 2, 'bias') : undefined;
    if (!weight || (n.has(2) && !bias)) {
      if (spatial !== 2 || !symmetric(g.win)) unsupported('a computed weight (only 2-D with symmetric pads has a functional form)');
      return call('ops.conv_transpose2d', a => [
        a[0].expr,
        a[1].expr,
        n.has(2) ? a[2].expr : 'None',
        ['stride', intOrTuple(g.win.strides)],
        ['padding', intOrTuple(g.win.padsBegin)],
        ['output_padding', intOrTuple(g.outputPadding)],
        ['groups', py.int(g.group)],
        ['dilation', intOrTuple(g.win.dilations)]
      ]);
    }
    if (spatial === 1) {
      if (g.outputPadding[0] !== 0 || g.win.padsBegin[0] !== g.win.padsEnd[0]) unsupported('output_padding or asymmetric pads in 1-D');
      weight.transform = {
        describe: 'reshaped (in, out/group, k) -> (in, out/group, 1, k) for nn.Conv1dTranspose',
        apply: (t: ConstTensor) => t.reshaped([t.dims[0], t.dims[1], 1, t.dims[2]])
      };
      weight.shape = [w[0], w[1], 1, w[2]];
    }
    const one = (v: number[]) => (spatial === 1 ? py.int(v[0]) : intOrTuple(v));
    return layer(LAYERS[spatial], [
      positional('in_channels', py.int(w[0])),
      positional('out_channels', py.int(g.outChannels)),
      positional('kernel_size', one(g.win.kernel)),
      ...keywordUnless('stride', one(g.win.strides), py.int(1)),
      keyword('pad_mode', py.str('pad')),
      ...keywordUnless('padding', spatial === 1 ? py.int(g.win.padsBegin[0]) : convPadding(g.win), py.int(0)),
      ...(spatial > 1 ? keywordUnless('output_padding', intOrTuple(g.outputPadding), py.int(0)) : []),
      ...keywordUnless('dilation', one(g.win.dilations), py.int(1)),
      ...keywordUnless('group', py.int(g.group), py.int(1)),
      ...keywordUnless('has_bias', py.bool(!!bias), py.bool(false))
    ], bias ? [weight, bias] : [weight]);
  }
};
