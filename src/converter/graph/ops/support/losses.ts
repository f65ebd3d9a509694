/** What the ONNX loss ops share: output shape by reduction, and MindSpore's keyword arguments. */
import { py } from '../../codegen/python';
import { CallPart } from './emit';
import { NodeView } from '../types';

export function lossShape(n: NodeView): number[] {
  const reduction = n.attrs.string('reduction', 'mean');
  const x = n.shape(0);
  return reduction === 'none' ? [x[0], ...x.slice(2)] : [];
}

/** weight, ignore_index and reduction as MindSpore's nll_loss / cross_entropy take them. */
export function lossKeywords(n: NodeView, weightExpr: string | undefined): CallPart[] {
  const ignore = n.attrs.int('ignore_index');
  return [
    ...(weightExpr ? [['weight', weightExpr] as CallPart] : []),
    ...(ignore !== undefined ? [['ignore_index', py.int(ignore)] as CallPart] : []),
    ['reduction', py.str(n.attrs.string('reduction', 'mean'))]
  ];
}
