/**
 * ONNX LSTM, GRU and RNN: their output types, so that what follows them
 * converts. The nodes themselves convert as part of the torch module they
 * came from (nn.LSTM/GRU/RNN from the module tree, modules/RecurrentLayer.ts),
 * whose original parameters the export keeps (shared logic).
 */
import { NodeView, OpMapper, unsupported } from './types';

function recurrentMapper(opType: 'LSTM' | 'GRU' | 'RNN', sinceVersions: number[], stateOutputs: number): OpMapper {
  return {
    opType,
    sinceVersions,
    restrictions: 'converts as part of a torch nn.LSTM/GRU/RNN (with the module tree); a lone ONNX node is a placeholder',
    infer(n: NodeView) {
      const [seq, batch] = n.attrs.int('layout', 0) === 1 ? [n.shape(0)[1], n.shape(0)[0]] : n.shape(0).slice(0, 2);
      const directions = n.attrs.string('direction', 'forward') === 'bidirectional' ? 2 : 1;
      const hidden = n.attrs.required(n.attrs.int('hidden_size'), 'hidden_size');
      const y = n.attrs.int('layout', 0) === 1 ? [batch, seq, directions, hidden] : [seq, directions, batch, hidden];
      const state = n.attrs.int('layout', 0) === 1 ? [batch, directions, hidden] : [directions, batch, hidden];
      return [{ dtype: n.dtype(0), shape: y }, ...Array.from({ length: stateOutputs }, () => ({ dtype: n.dtype(0), shape: state }))];
    },
    emit: () => unsupported(`a lone ONNX ${opType} node (it converts as part of its torch module, with the module tree)`)
  };
}

export const RECURRENT_OPS: OpMapper[] = [recurrentMapper('LSTM', [7, 14], 2), recurrentMapper('GRU', [7, 14], 1), recurrentMapper('RNN', [7, 14], 1)];
