import { py } from '../codegen/python';
import { Node, Value } from '../ir/graph';
import { keyword, keywordUnless, positional } from '../ops/support/emit';
import { ParamSpec } from '../ops/types';
import { liveNodes } from './support';
import { ModuleMapper } from './types';

const RECURRENT_OPS = new Set(['LSTM', 'GRU', 'RNN']);

/** Which output of the ONNX recurrent node a value comes from (0 Y, 1 Y_h, 2 Y_c), through layout ops. */
function role(value: Value, inCall: Set<Node>): number | undefined {
  const seen = new Set<Value>();
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (seen.has(v) || !v.producer || !inCall.has(v.producer)) continue;
    seen.add(v);
    const node = v.producer;
    if (RECURRENT_OPS.has(node.opType)) return node.outputs.indexOf(v);
    stack.push(...(node.inputs.filter(i => i && !i.constant) as Value[]));
  }
  return undefined;
}

/** Whether `value` feeds input `slot` of some recurrent node of the call. */
function feeds(value: Value, slot: number, recurrent: Node[], inCall: Set<Node>): boolean {
  return recurrent.some(node => {
    const stack = [node.inputs[slot]];
    const seen = new Set<Value>();
    while (stack.length > 0) {
      const v = stack.pop();
      if (!v || seen.has(v)) continue;
      if (v === value) return true;
      seen.add(v);
      if (v.producer && inCall.has(v.producer)) stack.push(...v.producer.inputs);
    }
    return false;
  });
}

/**
 * nn.LSTM / nn.GRU / nn.RNN: torch exports one ONNX recurrent node per layer
 * with the weights re-ordered into ONNX's gate layout, but keeps the original
 * parameters as initializers. MindSpore's layers take torch's layout and names
 * (weight_ih_l{k}[_reverse], ...), so the layer is rebuilt from the module's
 * hyper-parameters and its original parameters.
 */
export const RecurrentLayer: ModuleMapper = {
  torchClasses: ['LSTM', 'GRU', 'RNN'],
  restrictions: 'proj_size is not converted; sequence lengths (packed sequences) are not converted',
  fromCall(call, status, hyper, constant) {
    const torchClass = call.module.torchClass!;
    const nodes = liveNodes(call, status);
    const recurrent = nodes.filter(n => RECURRENT_OPS.has(n.opType));
    const layers = typeof hyper.num_layers === 'number' ? hyper.num_layers : 1;
    if (recurrent.length !== layers || typeof hyper.input_size !== 'number' || typeof hyper.hidden_size !== 'number') return undefined;
    if (typeof hyper.proj_size === 'number' && hyper.proj_size > 0) return undefined;
    const bidirectional = hyper.bidirectional === true;
    const bias = hyper.bias !== false;
    const params: ParamSpec[] = [];
    // MindSpore keeps them in ParameterTuples: every weight_ih first, then weight_hh, bias_ih, bias_hh.
    for (const kind of bias ? ['weight_ih', 'weight_hh', 'bias_ih', 'bias_hh'] : ['weight_ih', 'weight_hh']) {
      for (let layer = 0; layer < layers; layer++) {
        for (const suffix of bidirectional ? ['', '_reverse'] : ['']) {
          const name = `${kind}_l${layer}${suffix}`;
          const value = constant(`${call.module.path}.${name}`);
          if (!value) return undefined;
          params.push({ name, value });
        }
      }
    }
    const inCall = new Set(call.nodes);
    const roles = call.outputs.map(v => role(v, inCall));
    if (roles.some(r => r === undefined)) return undefined;
    const x = call.inputs.find(v => feeds(v, 0, recurrent, inCall));
    const h0 = call.inputs.find(v => feeds(v, 5, recurrent, inCall));
    const c0 = call.inputs.find(v => feeds(v, 6, recurrent, inCall));
    if (!x || call.inputs.some(v => v !== x && v !== h0 && v !== c0)) return undefined;
    const lstm = torchClass === 'LSTM';
    const args = [
      positional('input_size', py.int(hyper.input_size)),
      positional('hidden_size', py.int(hyper.hidden_size)),
      ...keywordUnless('num_layers', py.int(layers), py.int(1)),
      ...keywordUnless('has_bias', py.bool(bias), py.bool(true)),
      ...keywordUnless('batch_first', py.bool(hyper.batch_first === true), py.bool(false)),
      ...keywordUnless('dropout', py.float(typeof hyper.dropout === 'number' ? hyper.dropout : 0), py.float(0)),
      ...keywordUnless('bidirectional', py.bool(bidirectional), py.bool(false)),
      ...(torchClass === 'RNN' && hyper.nonlinearity === 'relu' ? [keyword('nonlinearity', py.str('relu'))] : [])
    ];
    const index = (v: Value) => call.inputs.indexOf(v);
    return {
      cls: `nn.${torchClass}`,
      args,
      params,
      api: `nn.${torchClass}`,
      callArgs: a => {
        if (!h0) return [a[index(x)].expr];
        return [a[index(x)].expr, lstm ? `(${a[index(h0)].expr}, ${c0 ? a[index(c0)].expr : 'None'})` : a[index(h0)].expr];
      },
      // The layer returns (output, h_n) or (output, (h_n, c_n)); the call's outputs are some of those.
      unpack: names => {
        const slot = (r: number) => {
          const at = roles.indexOf(r);
          return at >= 0 ? names[at] : '_';
        };
        const order = [0, 1, 2].map(r => roles.indexOf(r)).filter(i => i >= 0);
        if (roles.length === 1 && roles[0] === 0) return { target: names[0], suffix: '[0]', order };
        const state = lstm ? `(${slot(1)}, ${slot(2)})` : slot(1);
        return { target: `${slot(0)}, ${state}`, suffix: '', order };
      }
    };
  }
};
