import { py } from '../codegen/python';
import { ConstTensor } from '../ir/tensor';
import { keywordUnless, positional } from '../ops/support/emit';
import { transposeTensor } from '../ops/support/fold';
import { ParamSpec } from '../ops/types';
import { liveNodes } from './support';
import { ModuleMapper } from './types';

/**
 * nn.Linear on an input of rank > 2 exports MatMul (with the transposed
 * weight) + Add; it becomes nn.Dense, whose weight is torch's (out, in).
 */
export const Linear: ModuleMapper = {
  torchClasses: ['Linear', 'NonDynamicallyQuantizableLinear', 'LazyLinear'],
  restrictions: 'only MatMul by a constant weight, optionally followed by Add of a constant bias',
  fromCall(call, status) {
    const nodes = liveNodes(call, status);
    const [matmul, add] = nodes;
    if (!matmul || matmul.opType !== 'MatMul' || nodes.length > 2 || (add && add.opType !== 'Add')) return undefined;
    const b = matmul.inputs[1];
    if (!b?.constant || b.constant.rank !== 2 || matmul.inputs[0]?.constant) return undefined;
    const [inFeatures, outFeatures] = b.constant.dims;
    let weight: ParamSpec;
    if (b.derivedFrom && b.derivedFrom.perm.join() === '1,0') {
      weight = { name: 'weight', value: b.derivedFrom.source };
    } else {
      weight = {
        name: 'weight',
        value: b,
        shape: [outFeatures, inFeatures],
        transform: { describe: 'transposed (in, out) -> (out, in) for nn.Dense', apply: (t: ConstTensor) => transposeTensor(t, [1, 0]) }
      };
    }
    const params = [weight];
    if (add) {
      const bias = add.inputs.find(v => v?.constant);
      const data = add.inputs.find(v => v && !v.constant);
      if (!bias || data !== matmul.outputs[0] || bias.constant!.dims.join() !== String(outFeatures)) return undefined;
      params.push({ name: 'bias', value: bias });
    }
    return {
      cls: 'nn.Dense',
      args: [positional('in_channels', py.int(inFeatures)), positional('out_channels', py.int(outFeatures)), ...keywordUnless('has_bias', py.bool(!!add), py.bool(true))],
      params,
      api: 'nn.Dense'
    };
  }
};
