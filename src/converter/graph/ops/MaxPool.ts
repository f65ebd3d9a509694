import { py, PyValue, render } from '../codegen/python';
import { call, keyword, keywordUnless, layer } from './support/emit';
import { intOrTuple } from './support/window';
import { poolArgs, poolOutputShape, poolWindow } from './support/pooling';
import { OpMapper, unsupported } from './types';

const LAYERS: Record<number, string> = { 1: 'nn.MaxPool1d', 2: 'nn.MaxPool2d', 3: 'nn.MaxPool3d' };

export const MaxPool: OpMapper = {
  opType: 'MaxPool',
  sinceVersions: [8, 10, 11, 12],
  restrictions: 'storage_order=1 (column-major indices) is not converted',
  infer(n) {
    const win = poolWindow(n);
    const shape = poolOutputShape(n, win);
    return [{ dtype: n.dtype(0), shape }, { dtype: 'int64', shape }];
  },
  emit(n) {
    const win = poolWindow(n);
    if (n.attrs.int('storage_order', 0) !== 0) unsupported('storage_order=1');
    const indices = n.outputCount > 1 && n.node.outputs[1].used;
    const dilated = win.dilations.some(d => d !== 1);
    const { args, explicitPads } = poolArgs(win, win.ceil || dilated || indices);
    const dims = win.kernel.length;
    // F.max_pool2d in the original forward: the functional form, when MindSpore's padding can express it.
    if (!n.preferLayer && dims === 2 && !explicitPads && !dilated && !indices && win.autoPad === 'NOTSET') {
      return call('ops.max_pool2d', a => [
        a[0].expr,
        render(intOrTuple(win.kernel)),
        ['stride', intOrTuple(win.strides)],
        ...(win.padsBegin.some(p => p > 0) ? [['padding', intOrTuple(win.padsBegin)] as [string, PyValue]] : []),
        ...(win.ceil ? [['ceil_mode', py.bool(true)] as [string, PyValue]] : [])
      ]);
    }
    const pool = layer(LAYERS[dims], [
      ...args,
      ...(dilated ? [keyword('dilation', dims === 1 ? py.int(win.dilations[0]) : py.ints(win.dilations))] : []),
      ...keywordUnless('return_indices', py.bool(indices), py.bool(false)),
      ...keywordUnless('ceil_mode', py.bool(win.ceil), py.bool(false))
    ], [], [0], indices ? 2 : undefined);
    if (explicitPads && pool.kind === 'layer') {
      pool.callArgs = a => [`ops.pad(${a[0].expr}, (${explicitPads.join(', ')}), value=float('-inf'))`];
    }
    return pool;
  }
};
