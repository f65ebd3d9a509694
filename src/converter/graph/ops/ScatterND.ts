import { product } from '../ir/shapes';
import { ConstTensor } from '../ir/tensor';
import { call } from './support/emit';
import { checkFoldSize } from './support/fold';
import { NodeView, OpMapper, unsupported } from './types';

const FUNCTIONS: Record<string, string> = {
  none: 'ops.tensor_scatter_update',
  add: 'ops.tensor_scatter_add',
  mul: 'ops.tensor_scatter_mul',
  max: 'ops.tensor_scatter_max',
  min: 'ops.tensor_scatter_min'
};

const COMBINE: Record<string, (old: number, update: number) => number> = {
  none: (_old, update) => update,
  add: (old, update) => old + update,
  mul: (old, update) => old * update,
  max: Math.max,
  min: Math.min
};

const reductionOf = (n: NodeView) => {
  const reduction = n.attrs.string('reduction', 'none');
  return FUNCTIONS[reduction] ? reduction : unsupported(`reduction '${reduction}'`);
};

export const ScatterND: OpMapper = {
  opType: 'ScatterND',
  sinceVersions: [11, 13, 16, 18],
  infer: n => [n.info(0)],
  // A mask built from constants (Swin's shifted-window attention mask: ConstantOfShape, then one ScatterND per region): one constant.
  fold(n) {
    const [data, indices, updates] = [n.constant(0)!, n.constant(1)!, n.constant(2)!];
    checkFoldSize(data.dims);
    const combine = COMBINE[reductionOf(n)];
    const depth = indices.dims[indices.dims.length - 1];
    const inner = product(data.dims.slice(depth));
    const out = Array.from(data.values());
    const index = indices.values();
    const values = updates.values();
    for (let row = 0; row * depth < index.length; row++) {
      let offset = 0;
      for (let k = 0; k < depth; k++) {
        const dim = data.dims[k];
        const at = Number(index[row * depth + k]);
        offset = offset * dim + (at < 0 ? at + dim : at);
      }
      for (let j = 0; j < inner; j++) out[offset * inner + j] = combine(out[offset * inner + j], Number(values[row * inner + j]));
    }
    return [ConstTensor.fromValues(data.dtype, data.dims, out)];
  },
  emit(n) {
    const fn = FUNCTIONS[reductionOf(n)];
    return call(fn, a => [a[0].expr, a[1].expr, a[2].expr]);
  }
};
