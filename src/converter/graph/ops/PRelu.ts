import { py } from '../codegen/python';
import { call, expression, keyword, layer, paramFrom } from './support/emit';
import { broadcastShapes } from '../ir/shapes';
import { OpMapper } from './types';

export const PRelu: OpMapper = {
  opType: 'PRelu',
  sinceVersions: [7, 9, 16],
  infer: n => [{ dtype: n.dtype(0), shape: broadcastShapes(n.shape(0), n.shape(1)) }],
  emit(n) {
    const slope = n.shape(1);
    const channels = slope.filter(d => d !== 1);
    const weight = paramFrom(n, 1, 'w');
    // nn.PReLU holds one slope per channel (dim 1); torch exports them shaped (C, 1, 1).
    if (weight && n.preferLayer && channels.length <= 1 && n.rank(0) >= 2 && (channels.length === 0 || n.shape(0)[1] === channels[0])) {
      const count = channels[0] ?? 1;
      weight.shape = [count];
      weight.transform = { describe: `reshaped (${slope.join(', ')}) -> (${count},) for nn.PReLU`, apply: t => t.reshaped([count]) };
      return layer('nn.PReLU', [keyword('channel', py.int(count))], [weight]);
    }
    if (slope.length === 1 && n.rank(0) >= 2 && slope[0] === n.shape(0)[1]) return call('ops.prelu', a => [a[0].expr, a[1].expr]);
    return expression('ops.where', a => `ops.where(${a[0].expr} >= 0, ${a[0].expr}, ${a[0].expr} * ${a[1].expr})`);
  }
};
