import { py } from '../codegen/python';
import { keyword, positional } from '../ops/support/emit';
import { liveNodes } from './support';
import { ModuleMapper } from './types';

/**
 * nn.Embedding where the Gather mapper alone loses something, rebuilt from
 * the module tree as nn.Embedding(..., padding_idx=N) with the weight as
 * embedding_table:
 * - a padding_idx (ONNX keeps only the lookup; the row gets no gradient in training);
 * - ids the export computed away (nanoGPT's wpe(torch.arange(t))): the layer
 *   stays, called on ops.arange(t) (or the ids as a literal).
 */
export const Embedding: ModuleMapper = {
  torchClasses: ['Embedding'],
  restrictions: 'max_norm is not converted (left to the Gather mapper, which drops it)',
  fromCall(call, status, hyper, constant) {
    if (hyper.max_norm !== null && hyper.max_norm !== undefined) return undefined;
    const nodes = liveNodes(call, status);
    const table = constant(`${call.module.path}.weight`);
    const lookup = nodes[0];
    if (nodes.length !== 1 || lookup.opType !== 'Gather' || lookup.inputs[0] !== table || !table?.constant || table.constant.dims.length !== 2) return undefined;
    if (lookup.attrs.int('axis', 0) !== 0 || call.outputs.length !== 1) return undefined;
    const ids = lookup.inputs[1]?.constant;
    const padding = typeof hyper.padding_idx === 'number';
    if (ids ? call.inputs.length !== 0 || !ids.evaluable || ids.rank !== 1 : call.inputs.length !== 1 || !padding) return undefined;
    const [vocab, dim] = table.constant.dims;
    const values = ids ? Array.from(ids.values(), Number) : [];
    const idsText = values.every((v, i) => v === i) ? `ops.arange(${values.length}, dtype=mstype.int64)` : `Tensor([${values.join(', ')}], mstype.int64)`;
    return {
      cls: 'nn.Embedding',
      args: [
        positional('vocab_size', py.int(vocab)),
        positional('embedding_size', py.int(dim)),
        ...(padding ? [keyword('padding_idx', py.int(hyper.padding_idx as number))] : [])
      ],
      params: [{ name: 'embedding_table', value: table }],
      api: 'nn.Embedding',
      ...(ids ? { callArgs: () => [idsText] } : {})
    };
  }
};
