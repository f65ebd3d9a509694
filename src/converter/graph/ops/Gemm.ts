import { py, render } from '../codegen/python';
import { ConstTensor } from '../ir/tensor';
import { expression, keywordUnless, layer, paramFrom, positional } from './support/emit';
import { transposeTensor } from './support/fold';
import { OpMapper, unsupported } from './types';

const transposed = {
  describe: 'transposed (in, out) -> (out, in) for nn.Dense',
  apply: (t: ConstTensor) => transposeTensor(t, [1, 0])
};

export const Gemm: OpMapper = {
  opType: 'Gemm',
  sinceVersions: [7, 9, 11, 13],
  infer(n) {
    const a = n.shape(0);
    const b = n.shape(1);
    if (a.length !== 2 || b.length !== 2) unsupported('Gemm on inputs that are not matrices');
    const m = n.attrs.int('transA', 0) ? a[1] : a[0];
    const k = n.attrs.int('transA', 0) ? a[0] : a[1];
    const [kb, cols] = n.attrs.int('transB', 0) ? [b[1], b[0]] : b;
    if (k !== -1 && kb !== -1 && k !== kb) unsupported(`Gemm inner dims ${k} and ${kb} differ`);
    return [{ dtype: n.dtype(0), shape: [m, cols] }];
  },
  emit(n) {
    const transA = n.attrs.int('transA', 0) === 1;
    const transB = n.attrs.int('transB', 0) === 1;
    const alpha = n.attrs.float('alpha', 1);
    const beta = n.attrs.float('beta', 1);
    const weight = paramFrom(n, 1, 'weight');
    const bias = n.has(2) ? paramFrom(n, 2, 'bias') : undefined;
    const [outFeatures, inFeatures] = transB ? n.shape(1) : [n.shape(1)[1], n.shape(1)[0]];
    const biasIsVector = bias && n.shape(2).length === 1 && n.shape(2)[0] === outFeatures;
    if (weight && !transA && alpha === 1 && (!n.has(2) || (bias && beta === 1 && biasIsVector))) {
      if (!transB) {
        weight.transform = transposed;
        weight.shape = [outFeatures, inFeatures];
      }
      return layer('nn.Dense', [
        positional('in_channels', py.int(inFeatures)),
        positional('out_channels', py.int(outFeatures)),
        ...keywordUnless('has_bias', py.bool(!!bias), py.bool(true))
      ], bias ? [weight, bias] : [weight]);
    }
    return expression('ops.matmul', a => {
      const left = transA ? `${a[0].expr}.T` : a[0].expr;
      const right = transB ? `${a[1].expr}.T` : a[1].expr;
      let text = `ops.matmul(${left}, ${right})`;
      if (alpha !== 1) text = `${render(py.float(alpha, true))} * ${text}`;
      if (n.has(2)) text = `${text} + ${beta === 1 ? a[2].expr : `${render(py.float(beta, true))} * ${a[2].expr}`}`;
      return text;
    });
  }
};

