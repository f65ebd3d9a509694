import { expression } from './support/emit';
import { NodeView, OpMapper, unsupported } from './types';

function geometry(n: NodeView) {
  const [b, c, h, w] = n.shape(0);
  const bs = n.attrs.required(n.attrs.int('blocksize'), 'blocksize');
  if (n.rank(0) !== 4 || h % bs !== 0 || w % bs !== 0) unsupported(`SpaceToDepth of (${n.shape(0).join(', ')}) by ${bs}`);
  return { b, c, h, w, bs };
}

export const SpaceToDepth: OpMapper = {
  opType: 'SpaceToDepth',
  sinceVersions: [1, 13],
  infer(n) {
    const { b, c, h, w, bs } = geometry(n);
    return [{ dtype: n.dtype(0), shape: [b, c * bs * bs, h / bs, w / bs] }];
  },
  emit(n) {
    const { b, c, h, w, bs } = geometry(n);
    const blocks = `(${b}, ${c}, ${h / bs}, ${bs}, ${w / bs}, ${bs})`;
    return expression('ops.reshape', a => `ops.reshape(ops.transpose(ops.reshape(${a[0].expr}, ${blocks}), (0, 3, 5, 1, 2, 4)), (${b}, ${c * bs * bs}, ${h / bs}, ${w / bs}))`);
  }
};
