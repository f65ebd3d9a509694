/** ONNX random generators: a MindSpore sampler, scaled and shifted (shared logic). */
import { DTYPES, DType, dtypeOfOnnx } from '../onnx/dtypes';
import { formatFloat } from '../codegen/python';
import { expression } from './support/emit';
import { NodeView, OpMapper } from './types';

function outputDtype(n: NodeView, like: boolean): DType {
  const code = n.attrs.int('dtype');
  return (code !== undefined ? dtypeOfOnnx(code) : undefined) ?? (like ? n.dtype(0) : 'float32');
}

const shapeText = (shape: number[]) => `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;

function affine(sample: string, scale: number, shift: number): string {
  let text = sample;
  if (scale !== 1) text = `${text} * ${formatFloat(scale, true)}`;
  if (shift !== 0) text = shift < 0 ? `${text} - ${formatFloat(-shift, true)}` : `${text} + ${formatFloat(shift, true)}`;
  return text;
}

function randomMapper(opType: string, normal: boolean, like: boolean): OpMapper {
  return {
    opType,
    sinceVersions: like ? [1, 22] : [1, 22],
    infer: n => [{ dtype: outputDtype(n, like), shape: like ? n.shape(0) : n.attrs.required(n.attrs.ints('shape'), 'shape') }],
    emit(n) {
      const dtype = DTYPES[outputDtype(n, like)].mindspore;
      const [scale, shift] = normal
        ? [n.attrs.float('scale', 1), n.attrs.float('mean', 0)]
        : [n.attrs.float('high', 1) - n.attrs.float('low', 0), n.attrs.float('low', 0)];
      if (like) {
        const fn = normal ? 'ops.randn_like' : 'ops.rand_like';
        return expression(fn, a => affine(`${fn}(${a[0].expr}, dtype=${dtype})`, scale, shift));
      }
      const shape = shapeText(n.attrs.required(n.attrs.ints('shape'), 'shape'));
      const fn = normal ? 'ops.randn' : 'ops.rand';
      return expression(fn, () => affine(`${fn}(${shape}, dtype=${dtype})`, scale, shift));
    }
  };
}

export const RANDOM_OPS: OpMapper[] = [
  randomMapper('RandomNormal', true, false),
  randomMapper('RandomNormalLike', true, true),
  randomMapper('RandomUniform', false, false),
  randomMapper('RandomUniformLike', false, true)
];
