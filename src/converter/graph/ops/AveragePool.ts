import { py, PyValue, render } from '../codegen/python';
import { call, keywordUnless, layer } from './support/emit';
import { hasPadding, intOrTuple } from './support/window';
import { poolArgs, poolOutputShape, poolWindow } from './support/pooling';
import { OpMapper, unsupported } from './types';

const LAYERS: Record<number, string> = { 1: 'nn.AvgPool1d', 2: 'nn.AvgPool2d', 3: 'nn.AvgPool3d' };

export const AveragePool: OpMapper = {
  opType: 'AveragePool',
  sinceVersions: [7, 10, 11, 19],
  restrictions: 'dilations other than 1 are not converted',
  infer(n) {
    return [{ dtype: n.dtype(0), shape: poolOutputShape(n, poolWindow(n)) }];
  },
  emit(n) {
    const win = poolWindow(n);
    if (win.dilations.some(d => d !== 1)) unsupported('a dilated AveragePool');
    const includePad = n.attrs.int('count_include_pad', 0) === 1;
    const { args, explicitPads } = poolArgs(win, win.ceil);
    if (explicitPads && !includePad) unsupported('asymmetric pads that are not counted in the average');
    const pads = win.padsBegin;
    if (!n.preferLayer && win.kernel.length === 2 && !explicitPads && win.autoPad === 'NOTSET' && pads.every(p => p === pads[0])) {
      return call('ops.avg_pool2d', a => [
        a[0].expr,
        render(intOrTuple(win.kernel)),
        ['stride', intOrTuple(win.strides)],
        ...(pads[0] > 0 ? [['padding', py.int(pads[0])] as [string, PyValue], ['count_include_pad', py.bool(includePad)] as [string, PyValue]] : []),
        ...(win.ceil ? [['ceil_mode', py.bool(true)] as [string, PyValue]] : [])
      ]);
    }
    const pool = layer(LAYERS[win.kernel.length], [
      ...args,
      ...keywordUnless('ceil_mode', py.bool(win.ceil), py.bool(false)),
      ...(hasPadding(win) && !explicitPads ? keywordUnless('count_include_pad', py.bool(includePad), py.bool(true)) : [])
    ]);
    if (explicitPads && pool.kind === 'layer') {
      pool.callArgs = a => [`ops.pad(${a[0].expr}, (${explicitPads.join(', ')}))`];
    }
    return pool;
  }
};
