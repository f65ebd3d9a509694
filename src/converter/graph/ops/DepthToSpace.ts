import { py } from '../codegen/python';
import { expression, layer, positional } from './support/emit';
import { NodeView, OpMapper, unsupported } from './types';

function geometry(n: NodeView) {
  const [b, c, h, w] = n.shape(0);
  const bs = n.attrs.required(n.attrs.int('blocksize'), 'blocksize');
  if (n.rank(0) !== 4 || c % (bs * bs) !== 0) unsupported(`DepthToSpace of (${n.shape(0).join(', ')}) by ${bs}`);
  return { b, c, h, w, bs, mode: n.attrs.string('mode', 'DCR') };
}

/** CRD is torch's pixel shuffle (nn.PixelShuffle); DCR (the ONNX default) is written as reshape/transpose. */
export const DepthToSpace: OpMapper = {
  opType: 'DepthToSpace',
  sinceVersions: [1, 11, 13],
  infer(n) {
    const { b, c, h, w, bs } = geometry(n);
    return [{ dtype: n.dtype(0), shape: [b, c / (bs * bs), h * bs, w * bs] }];
  },
  emit(n) {
    const { b, c, h, w, bs, mode } = geometry(n);
    if (mode === 'CRD') {
      return n.preferLayer
        ? layer('nn.PixelShuffle', [positional('upscale_factor', py.int(bs))])
        : expression('ops.pixel_shuffle', a => `ops.pixel_shuffle(${a[0].expr}, ${bs})`);
    }
    const blocks = `(${b}, ${bs}, ${bs}, ${c / (bs * bs)}, ${h}, ${w})`;
    return expression('ops.reshape', a => `ops.reshape(ops.transpose(ops.reshape(${a[0].expr}, ${blocks}), (0, 3, 4, 1, 5, 2)), (${b}, ${c / (bs * bs)}, ${h * bs}, ${w * bs}))`);
  }
};
