import { readCheckpoint } from '../../../../src/converter';
import { convertModel, convertOp, f32, weights } from '../helpers/oracle';

const floats = (bytes: Uint8Array) => Array.from(new Float32Array(bytes.slice().buffer));

describe('LSTM, GRU and RNN nodes', () => {
  it.each([
    ['LSTM', 4, 3],
    ['GRU', 3, 2],
    ['RNN', 1, 2]
  ])('%s types its outputs (Y, Y_h[, Y_c]) and with computed weights stays a marked placeholder', async (op, gates, outputs) => {
    const hidden = 5;
    const r = await convertOp(
      {
        op,
        inputs: [f32('x', [7, 2, 3]), f32('w', [2, gates * hidden, 3]), f32('r', [2, gates * hidden, hidden])],
        attrs: { hidden_size: hidden, direction: 'bidirectional', ...(op === 'GRU' ? { linear_before_reset: 1 } : {}) },
        outputs
      },
      { allowPlaceholders: true }
    );
    expect(r.shapes).toEqual([[7, 2, 2, 5], ...Array.from({ length: outputs - 1 }, () => [2, 2, 5])]);
    expect(r.conversion.placeholders).toBe(1);
    expect(r.code).toContain(`onnx.${op}(x, w, r,`);
  });

  // A bare ONNX file (no module tree): one node per layer, weights in ONNX's gate order.
  const lone = (op: string, gates: number, attrs: Record<string, unknown>, outputs = ['y', 'h']) =>
    convertModel(
      {
        inputs: [f32('x', [4, 2, 1])],
        outputs: outputs.map(name => ({ name })),
        initializers: [
          weights('W', [1, gates, 1], Array.from({ length: gates }, (_, i) => 10 * (i + 1))),
          weights('R', [1, gates, 1], Array.from({ length: gates }, (_, i) => 100 * (i + 1))),
          weights('B', [1, 2 * gates], Array.from({ length: 2 * gates }, (_, i) => i + 1))
        ],
        nodes: [{ op, inputs: ['x', 'W', 'R', 'B'], outputs, attrs: { hidden_size: 1, ...attrs } }]
      },
      { allowPlaceholders: true }
    );

  it("a lone GRU becomes a one-layer nn.GRU, its weights split and put back into torch's gate order (r, z, n), its output laid out as ONNX's Y", async () => {
    const r = await lone('GRU', 3, { linear_before_reset: 1 });
    expect(r.conversion.placeholders).toBe(0);
    expect(r.code).toContain('self.gru = nn.GRU(1, 1)');
    expect(r.code).toContain('out, out_1 = self.gru(x)  # (4, 1, 2, 1), (1, 2, 1)\n        out = ops.unsqueeze(out, 1)  # (4, 1, 2, 1)\n');
    const checkpoint = Object.fromEntries(readCheckpoint(r.conversion.checkpoint).map(e => [e.name, floats(e.bytes)]));
    // ONNX z, r, h -> torch r, z, n; B is [Wb, Rb].
    expect(checkpoint).toEqual({
      'gru.weight_ih_l0': [20, 10, 30],
      'gru.weight_hh_l0': [200, 100, 300],
      'gru.bias_ih_l0': [2, 1, 3],
      'gru.bias_hh_l0': [5, 4, 6]
    });
  });

  it("a lone LSTM: ONNX i, o, f, c -> torch i, f, g, o; (output, (h_n, c_n)) unpacked", async () => {
    const r = await lone('LSTM', 4, {}, ['y']);
    expect(r.conversion.placeholders).toBe(0);
    expect(r.code).toContain('out = self.lstm(x)[0]  # (4, 1, 2, 1)\n        out = ops.unsqueeze(out, 1)');
    const checkpoint = Object.fromEntries(readCheckpoint(r.conversion.checkpoint).map(e => [e.name, floats(e.bytes)]));
    expect(checkpoint['lstm.weight_ih_l0']).toEqual([10, 30, 40, 20]);
    expect(checkpoint['lstm.bias_hh_l0']).toEqual([5, 7, 8, 6]);
    const states = await lone('LSTM', 4, {}, ['y', 'h', 'c']);
    expect(states.conversion.placeholders).toBe(0);
    expect(states.code).toContain('out, (out_1, out_2) = self.lstm(x)');
    expect((await lone('LSTM', 4, {}, ['y', 'h'])).code).toContain('out, (out_1, _) = self.lstm(x)');
  });

  it('a lone bidirectional node is re-laid out from (seq, batch, 2*hidden); what torch cannot export stays a placeholder', async () => {
    const bi = await convertModel({
      inputs: [f32('x', [4, 2, 1])],
      outputs: [{ name: 'y' }],
      initializers: [weights('W', [2, 1, 1], [1, 2]), weights('R', [2, 1, 1], [3, 4])],
      nodes: [{ op: 'RNN', inputs: ['x', 'W', 'R'], outputs: ['y'], attrs: { hidden_size: 1, direction: 'bidirectional', activations: { strings: ['Relu', 'Relu'] } } }]
    });
    expect(bi.code).toContain("self.rnn = nn.RNN(1, 1, has_bias=False, bidirectional=True, nonlinearity='relu')");
    expect(bi.code).toContain('out = ops.transpose(ops.reshape(out, (4, 2, 2, 1)), (0, 2, 1, 3))  # (4, 2, 2, 1)');
    expect((await lone('GRU', 3, { linear_before_reset: 0 })).conversion.placeholders).toBe(1);
    expect((await lone('GRU', 3, { linear_before_reset: 1, layout: 1 })).conversion.placeholders).toBe(1);
  });
});
