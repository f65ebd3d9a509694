/**
 * ONNX LSTM, GRU and RNN. With the module tree they convert as part of the
 * torch module they came from (nn.LSTM/GRU/RNN, modules/RecurrentLayer.ts,
 * from the original parameters the export keeps). A lone node (a bare ONNX
 * file: one node per layer, weights in ONNX's gate order) becomes a one-layer
 * nn.LSTM/GRU/RNN whose parameters are the node's W, R, B split per direction
 * and put back into torch's gate order (MindSpore's layers take torch's), its
 * output re-laid out as ONNX's Y (seq, directions, batch, hidden).
 */
import { py } from '../codegen/python';
import { ConstTensor } from '../ir/tensor';
import { DTYPES } from '../onnx/dtypes';
import { keyword, keywordUnless, positional } from './support/emit';
import { Emission, NodeView, OpMapper, ParamSpec, unsupported } from './types';

type Kind = 'LSTM' | 'GRU' | 'RNN';

/** For each torch gate (in torch's order), the ONNX gate block that holds it. */
const TORCH_GATES_FROM_ONNX: Record<Kind, number[]> = {
  LSTM: [0, 2, 3, 1], // ONNX i, o, f, c -> torch i, f, g, o
  GRU: [1, 0, 2], // ONNX z, r, h -> torch r, z, n
  RNN: [0]
};

/** Rows [offset, offset + gates*hidden) of direction `d` of a (directions, rows, cols) tensor, in torch's gate order. */
function torchGates(kind: Kind, d: number, hidden: number, offset: number, cols: number) {
  const order = TORCH_GATES_FROM_ONNX[kind];
  const dims = cols > 0 ? [order.length * hidden, cols] : [order.length * hidden];
  return {
    shape: dims,
    transform: {
      describe: `direction ${d}${offset ? `, rows from ${offset}` : ''}, ONNX gate order -> torch's`,
      apply: (t: ConstTensor) => {
        const size = DTYPES[t.dtype].size;
        const all = t.bytes();
        const rowBytes = Math.max(cols, 1) * size;
        const perDirection = t.dims[1] * (cols > 0 ? cols : 1) * size;
        const block = hidden * rowBytes;
        const out = new Uint8Array(order.length * block);
        order.forEach((gate, i) => {
          const start = d * perDirection + (offset + gate * hidden) * rowBytes;
          out.set(all.subarray(start, start + block), i * block);
        });
        return ConstTensor.fromBytes(t.dtype, dims, out);
      }
    }
  };
}

const isZero = (t: ConstTensor | undefined) => !!t && t.evaluable && t.toArray().every(v => v === 0);

function loneLayer(kind: Kind, n: NodeView, stateOutputs: number): Emission {
  if (n.attrs.int('layout', 0) !== 0) unsupported('layout=1');
  if (n.has(4)) unsupported('sequence_lens (packed sequences)');
  if (kind === 'LSTM' && n.has(7)) unsupported('peephole weights');
  if (n.attrs.has('clip')) unsupported('clip');
  if (kind === 'LSTM' && n.attrs.int('input_forget', 0) !== 0) unsupported('input_forget');
  if (kind === 'GRU' && n.attrs.int('linear_before_reset', 0) !== 1) unsupported("linear_before_reset=0 (torch's GRU resets after the linear map)");
  const activations = n.attrs.strings('activations');
  let relu = false;
  if (activations) {
    const torchDefault = { LSTM: ['Sigmoid', 'Tanh', 'Tanh'], GRU: ['Sigmoid', 'Tanh'], RNN: ['Tanh'] }[kind];
    const perDirection = activations.slice(0, torchDefault.length);
    relu = kind === 'RNN' && perDirection[0] === 'Relu';
    const expected = relu ? ['Relu'] : torchDefault;
    if (activations.some((a, i) => a !== expected[i % expected.length])) unsupported(`activations ${activations.join(', ')}`);
  }
  const [w, r, b] = [n.constant(1), n.constant(2), n.has(3) ? n.constant(3) : undefined];
  if (!w || !r || (n.has(3) && !b)) unsupported('computed weights');
  const hidden = n.attrs.required(n.attrs.int('hidden_size'), 'hidden_size');
  const directions = n.attrs.string('direction', 'forward') === 'bidirectional' ? 2 : 1;
  if (n.attrs.string('direction', 'forward') === 'reverse') unsupported("direction='reverse'");
  const inputSize = w!.dims[2];
  const h0 = n.has(5) && !isZero(n.constant(5)) ? 5 : undefined;
  const c0 = kind === 'LSTM' && n.has(6) && !isZero(n.constant(6)) ? 6 : undefined;
  if ((h0 !== undefined && n.constant(h0)) || (c0 !== undefined && n.constant(c0))) unsupported('a constant non-zero initial state');
  if (kind === 'LSTM' && (h0 === undefined) !== (c0 === undefined)) unsupported('only one of the initial states');
  const gates = TORCH_GATES_FROM_ONNX[kind].length;
  const params: ParamSpec[] = [];
  const suffixes = directions === 2 ? ['', '_reverse'] : [''];
  // MindSpore keeps them in ParameterTuples: every weight_ih first, then weight_hh, bias_ih, bias_hh (as modules/RecurrentLayer.ts).
  suffixes.forEach((s, d) => params.push({ name: `weight_ih_l0${s}`, value: n.input(1), ...torchGates(kind, d, hidden, 0, inputSize) }));
  suffixes.forEach((s, d) => params.push({ name: `weight_hh_l0${s}`, value: n.input(2), ...torchGates(kind, d, hidden, 0, hidden) }));
  if (b) {
    suffixes.forEach((s, d) => params.push({ name: `bias_ih_l0${s}`, value: n.input(3), ...torchGates(kind, d, hidden, 0, 0) }));
    suffixes.forEach((s, d) => params.push({ name: `bias_hh_l0${s}`, value: n.input(3), ...torchGates(kind, d, hidden, gates * hidden, 0) }));
  }
  const [seq, batch] = n.shape(0);
  return {
    kind: 'layer',
    layer: {
      cls: `nn.${kind}`,
      args: [
        positional('input_size', py.int(inputSize)),
        positional('hidden_size', py.int(hidden)),
        ...keywordUnless('has_bias', py.bool(!!b), py.bool(true)),
        ...keywordUnless('bidirectional', py.bool(directions === 2), py.bool(false)),
        ...(relu ? [keyword('nonlinearity', py.str('relu'))] : [])
      ],
      params
    },
    inputs: [0],
    api: `nn.${kind}`,
    tupleSize: 1 + stateOutputs,
    // LSTM returns (output, (h_n, c_n)).
    ...(kind === 'LSTM' ? { target: (names: string[]) => `${names[0]}, (${names[1] ?? '_'}, ${names[2] ?? '_'})` } : {}),
    callArgs: a => {
      if (h0 === undefined) return [a[0].expr];
      return [a[0].expr, kind === 'LSTM' ? `(${a[h0].expr}, ${a[c0!].expr})` : a[h0].expr];
    },
    relayout: y => (directions === 2 ? `ops.transpose(ops.reshape(${y}, (${seq}, ${batch}, 2, ${hidden})), (0, 2, 1, 3))` : `ops.unsqueeze(${y}, 1)`)
  };
}

function recurrentMapper(opType: Kind, sinceVersions: number[], stateOutputs: number): OpMapper {
  return {
    opType,
    sinceVersions,
    restrictions:
      'with the module tree, converts as part of its torch nn.LSTM/GRU/RNN; a lone node becomes a one-layer nn.LSTM/GRU/RNN (layout=0, no sequence_lens, no clip or peepholes)',
    infer(n: NodeView) {
      const [seq, batch] = n.attrs.int('layout', 0) === 1 ? [n.shape(0)[1], n.shape(0)[0]] : n.shape(0).slice(0, 2);
      const directions = n.attrs.string('direction', 'forward') === 'bidirectional' ? 2 : 1;
      const hidden = n.attrs.required(n.attrs.int('hidden_size'), 'hidden_size');
      const y = n.attrs.int('layout', 0) === 1 ? [batch, seq, directions, hidden] : [seq, directions, batch, hidden];
      const state = n.attrs.int('layout', 0) === 1 ? [batch, directions, hidden] : [directions, batch, hidden];
      return [{ dtype: n.dtype(0), shape: y }, ...Array.from({ length: stateOutputs }, () => ({ dtype: n.dtype(0), shape: state }))];
    },
    emit: n => loneLayer(opType, n, stateOutputs)
  };
}

export const RECURRENT_OPS: OpMapper[] = [recurrentMapper('LSTM', [7, 14], 2), recurrentMapper('GRU', [7, 14], 1), recurrentMapper('RNN', [7, 14], 1)];
