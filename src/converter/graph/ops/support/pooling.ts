/** What MaxPool and AveragePool share: the window, the layer class, MindSpore's padding rules. */
import { py, PyValue } from '../../codegen/python';
import { hasPadding, intOrTuple, readWindow, symmetric, Window } from './window';
import { TensorInfo } from '../../ir/graph';
import { Arg, NodeView, unsupported } from '../types';
import { keyword, positional } from './emit';

export function poolWindow(n: NodeView): Window {
  const x = n.shape(0);
  if (x.length < 3 || x.length > 5) unsupported(`pooling on a rank-${x.length} input`);
  const kernel = n.attrs.required(n.attrs.ints('kernel_shape'), 'kernel_shape');
  return readWindow(n, x.slice(2), kernel);
}

export function poolOutputShape(n: NodeView, win: Window): number[] {
  const x = n.shape(0);
  return [x[0], x[1], ...win.output];
}

/**
 * The arguments of nn.MaxPoolNd / nn.AvgPoolNd. MindSpore pads symmetrically
 * per spatial dim (int or one value per dim) in 'pad' mode; asymmetric pads
 * are applied before the layer by the caller (`explicitPads`).
 */
export function poolArgs(win: Window, padModeNeeded: boolean): { args: Arg[]; explicitPads?: number[] } {
  const dims = win.kernel.length;
  const one = (values: number[]): PyValue => (dims === 1 ? py.int(values[0]) : intOrTuple(values));
  const args: Arg[] = [positional('kernel_size', one(win.kernel)), keyword('stride', one(win.strides))];
  if (win.autoPad === 'SAME_UPPER') {
    args.push(keyword('pad_mode', py.str('same')));
    return { args };
  }
  const explicit = hasPadding(win) && !symmetric(win);
  if ((hasPadding(win) && !explicit) || padModeNeeded) {
    args.push(keyword('pad_mode', py.str('pad')));
    if (hasPadding(win) && !explicit) args.push(keyword('padding', one(win.padsBegin)));
  }
  const explicitPads = explicit ? torchPadOrder(win) : undefined;
  return { args, explicitPads };
}

/** ONNX begin/end pads as ops.pad's order: last dim first, (begin, end) pairs. */
export function torchPadOrder(win: Window): number[] {
  const out: number[] = [];
  for (let i = win.padsBegin.length - 1; i >= 0; i--) out.push(win.padsBegin[i], win.padsEnd[i]);
  return out;
}


/** Global pooling keeps N and C and reduces every spatial dim to 1. */
export function globalPoolInfo(n: NodeView): TensorInfo[] {
  const x = n.shape(0);
  return [{ dtype: n.dtype(0), shape: [x[0], x[1], ...x.slice(2).map(() => 1)] }];
}

/** The spatial axes of an (N, C, ...) input, as a Python tuple. */
export const spatialAxes = (n: NodeView) => `(${Array.from({ length: n.rank(0) - 2 }, (_, i) => i + 2).join(', ')})`;
