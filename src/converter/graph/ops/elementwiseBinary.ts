/**
 * ONNX element-wise binary arithmetic with numpy broadcasting: Python
 * operators on MindSpore tensors (they share all their logic).
 */
import { isInteger } from '../onnx/dtypes';
import { broadcastShapes } from '../ir/shapes';
import { expression } from './support/emit';
import { broadcastMap } from './support/fold';
import { atom, operand } from './support/literals';
import { NodeView, OpMapper } from './types';

interface BinaryOp {
  opType: string;
  sinceVersions: number[];
  operator?: string;
  /** Function used instead of the operator for integer inputs (ONNX integer Div truncates). */
  integerCall?: (a: string, b: string) => string;
  call?: (a: string, b: string) => string;
  api: string;
  fold: (a: number, b: number, integer: boolean) => number;
}

const BINARY_OPS: BinaryOp[] = [
  { opType: 'Add', sinceVersions: [7, 13, 14], operator: '+', api: '+', fold: (a, b) => a + b },
  { opType: 'Sub', sinceVersions: [7, 13, 14], operator: '-', api: '-', fold: (a, b) => a - b },
  { opType: 'Mul', sinceVersions: [7, 13, 14], operator: '*', api: '*', fold: (a, b) => a * b },
  {
    opType: 'Div',
    sinceVersions: [7, 13, 14],
    operator: '/',
    api: '/',
    integerCall: (a, b) => `ops.div(${a}, ${b}, rounding_mode='trunc')`,
    fold: (a, b, integer) => (integer ? Math.trunc(a / b) : a / b)
  },
  { opType: 'Pow', sinceVersions: [7, 12, 13, 15], call: (a, b) => `ops.pow(${a}, ${b})`, api: 'ops.pow', fold: (a, b) => a ** b }
];

function binaryMapper(op: BinaryOp): OpMapper {
  const dtype = (n: NodeView) => n.dtype(0);
  return {
    opType: op.opType,
    sinceVersions: op.sinceVersions,
    infer: n => [{ dtype: dtype(n), shape: broadcastShapes(n.shape(0), n.shape(1)) }],
    fold: n => [broadcastMap([n.constant(0)!, n.constant(1)!], dtype(n), (a, b) => op.fold(a, b, isInteger(dtype(n))))],
    emit(n) {
      const integer = isInteger(dtype(n));
      return expression(op.integerCall && integer ? 'ops.div' : op.api, args => {
        const a = operand(args[0], n.rank(1));
        const b = operand(args[1], n.rank(0));
        if (op.integerCall && integer) return op.integerCall(a, b);
        if (op.call) return op.call(a, b);
        return `${atom(a)} ${op.operator} ${atom(b)}`;
      });
    }
  };
}

export const ELEMENTWISE_BINARY: OpMapper[] = BINARY_OPS.map(binaryMapper);
