import { py } from '../codegen/python';
import { keyword, keywordUnless, layer, paramFrom, positional } from './support/emit';
import { convPadding, hasPadding, intOrTuple, readWindow } from './support/window';
import { ConstTensor } from '../ir/tensor';
import { NodeView, OpMapper, unsupported } from './types';

function geometry(n: NodeView) {
  const x = n.shape(0);
  const w = n.shape(1);
  const spatial = x.slice(2);
  const kernel = n.attrs.ints('kernel_shape', w.slice(2));
  const win = readWindow(n, spatial, kernel, true);
  const outputPadding = n.attrs.ints('output_padding', spatial.map(() => 0));
  const group = n.attrs.int('group', 1);
  if (n.attrs.has('output_shape')) unsupported('an explicit output_shape');
  if (win.autoPad !== 'NOTSET' && win.autoPad !== 'VALID') unsupported(`auto_pad=${win.autoPad}`);
  const output = spatial.map(
    (d, i) => win.strides[i] * (d - 1) + outputPadding[i] + (kernel[i] - 1) * win.dilations[i] + 1 - win.padsBegin[i] - win.padsEnd[i]
  );
  return { win, outputPadding, group, output, outChannels: w[1] * group };
}

const LAYERS: Record<number, string> = { 1: 'nn.Conv1dTranspose', 2: 'nn.Conv2dTranspose', 3: 'nn.Conv3dTranspose' };

export const ConvTranspose: OpMapper = {
  opType: 'ConvTranspose',
  sinceVersions: [1, 11],
  restrictions: 'output_shape, SAME auto_pad and computed weights are not converted',
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
    if (!weight || (n.has(2) && !bias) || !LAYERS[spatial]) unsupported('a ConvTranspose with a computed weight');
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
      keyword('pad_mode', py.str(hasPadding(g.win) ? 'pad' : 'valid')),
      ...(hasPadding(g.win) ? [keyword('padding', spatial === 1 ? py.int(g.win.padsBegin[0]) : convPadding(g.win))] : []),
      ...(spatial > 1 ? keywordUnless('output_padding', intOrTuple(g.outputPadding), py.int(0)) : []),
      ...keywordUnless('dilation', one(g.win.dilations), py.int(1)),
      ...keywordUnless('group', py.int(g.group), py.int(1)),
      ...keywordUnless('has_bias', py.bool(!!bias), py.bool(false))
    ], bias ? [weight, bias] : [weight]);
  }
};
