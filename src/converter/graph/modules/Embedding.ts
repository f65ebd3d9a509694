import { py } from '../codegen/python';
import { keyword, positional } from '../ops/support/emit';
import { liveNodes } from './support';
import { ModuleMapper } from './types';

/**
 * nn.Embedding with a padding_idx: ONNX keeps only the lookup (a Gather), so
 * the Gather mapper alone would drop padding_idx (the row that gets no
 * gradient in training). From the module tree it is kept: nn.Embedding(...,
 * padding_idx=N), with the weight as embedding_table.
 */
export const Embedding: ModuleMapper = {
  torchClasses: ['Embedding'],
  restrictions: 'max_norm is not converted (left to the Gather mapper, which drops it)',
  fromCall(call, status, hyper, constant) {
    if (typeof hyper.padding_idx !== 'number' || (hyper.max_norm !== null && hyper.max_norm !== undefined)) return undefined;
    const nodes = liveNodes(call, status);
    const table = constant(`${call.module.path}.weight`);
    if (nodes.length !== 1 || nodes[0].opType !== 'Gather' || nodes[0].inputs[0] !== table || !table?.constant) return undefined;
    if (call.inputs.length !== 1 || call.outputs.length !== 1 || table.constant.dims.length !== 2) return undefined;
    const [vocab, dim] = table.constant.dims;
    return {
      cls: 'nn.Embedding',
      args: [positional('vocab_size', py.int(vocab)), positional('embedding_size', py.int(dim)), keyword('padding_idx', py.int(hyper.padding_idx))],
      params: [{ name: 'embedding_table', value: table }],
      api: 'nn.Embedding'
    };
  }
};
