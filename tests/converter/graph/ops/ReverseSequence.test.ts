import { convertOp, f32, i64, lineWith } from '../helpers/oracle';

describe('ReverseSequence', () => {
  it('maps time/batch axes to seq_dim/batch_dim', async () => {
    const r = await convertOp({ op: 'ReverseSequence', inputs: [f32('x', [4, 3]), i64('lengths', [4])], attrs: { time_axis: 1, batch_axis: 0 } });
    expect(lineWith(r.code, 'reverse_sequence')).toBe('x = ops.reverse_sequence(x, lengths, seq_dim=1, batch_dim=0)');
  });
});
