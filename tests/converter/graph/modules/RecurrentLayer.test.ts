import { readFileSync } from 'fs';
import { convertFixture } from '../helpers/modelChecks';
import { ensureFixtures } from '../helpers/fixtures';

jest.setTimeout(10 * 60 * 1000);

describe('LSTM/GRU/RNN module mapper', () => {
  const [lm, gru] = ensureFixtures(13, ['recurrent_lm', 'gru_with_state']);

  it("rebuilds nn.LSTM from the module's hyper-parameters, unpacking (output, (h_n, c_n)) as the model used it", () => {
    const conversion = convertFixture(lm);
    expect(conversion.code).toContain('self.lstm = nn.LSTM(8, 12, num_layers=2, batch_first=True, dropout=0.1, bidirectional=True)');
    expect(conversion.code).toMatch(/out, \((\w+), (\w+)\) = self\.lstm\(x\)/);
    // The original parameters (torch layout, ParameterTuple order), not ONNX's re-ordered gates.
    const names = conversion.weightMap.weights.filter(w => w.mindspore.startsWith('lstm.')).map(w => w.mindspore);
    expect(names.slice(0, 4)).toEqual(['lstm.weight_ih_l0', 'lstm.weight_ih_l0_reverse', 'lstm.weight_ih_l1', 'lstm.weight_ih_l1_reverse']);
    expect(names).toHaveLength(16);
    expect(conversion.placeholders).toBe(0);
  });

  it('passes an initial state given as an input, and returns h_n', () => {
    const conversion = convertFixture(gru);
    expect(conversion.code).toContain('self.gru = nn.GRU(6, 10)');
    expect(conversion.code).toMatch(/(\w+), (\w+) = self\.gru\(x, y\)  # \(5, 2, 10\), \(1, 2, 10\)/);
    expect(JSON.parse(readFileSync(gru.tree, 'utf8')).modules.gru.class).toBe('GRU');
  });
});
