import { convertOp, f32 } from '../helpers/oracle';

describe('LSTM, GRU and RNN nodes', () => {
  it.each([
    ['LSTM', 4, 3],
    ['GRU', 3, 2],
    ['RNN', 1, 2]
  ])('%s types its outputs (Y, Y_h[, Y_c]) and alone stays a marked placeholder', async (op, gates, outputs) => {
    const hidden = 5;
    const r = await convertOp(
      {
        op,
        inputs: [f32('x', [7, 2, 3]), f32('w', [2, gates * hidden, 3]), f32('r', [2, gates * hidden, hidden])],
        attrs: { hidden_size: hidden, direction: 'bidirectional' },
        outputs
      },
      { allowPlaceholders: true }
    );
    expect(r.shapes).toEqual([[7, 2, 2, 5], ...Array.from({ length: outputs - 1 }, () => [2, 2, 5])]);
    expect(r.conversion.placeholders).toBe(1);
    expect(r.code).toContain(`onnx.${op}(x, w, r,`);
  });
});
