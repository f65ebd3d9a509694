import { interpolate, resizedShape } from './Resize';
import { NodeView, OpMapper } from './types';

const shapeOf = (n: NodeView) => resizedShape(n, n.opset >= 9 ? 1 : undefined, undefined);

export const Upsample: OpMapper = {
  opType: 'Upsample',
  sinceVersions: [7, 9],
  infer: n => [{ dtype: n.dtype(0), shape: shapeOf(n) }],
  emit: n => interpolate(n, shapeOf(n))
};
