import { i64, lineWith, weights } from '../helpers/oracle';
import { convertModule } from './helpers';

describe('Embedding module mapper', () => {
  const spec = (params: Record<string, unknown>) => ({
    inputs: [i64('ids', [2, 5])],
    initializers: [weights('m.weight', [7, 3])],
    params,
    nodes: [{ op: 'Gather', inputs: ['m.weight', 'ids'], outputs: ['y'] }]
  });

  it('keeps padding_idx, which the ONNX lookup does not carry', () => {
    const result = convertModule('Embedding', spec({ num_embeddings: 7, embedding_dim: 3, padding_idx: 0, max_norm: null }));
    expect(lineWith(result.code, 'nn.Embedding')).toBe('self.m = nn.Embedding(7, 3, padding_idx=0)');
    expect(result.weightMap.weights.map(w => `${w.pytorch} -> ${w.mindspore}`)).toEqual(['m.weight -> m.embedding_table']);
  });

  it('leaves an Embedding without padding_idx (or with max_norm) to the Gather mapper', () => {
    expect(lineWith(convertModule('Embedding', spec({ padding_idx: null })).code, 'nn.Embedding')).toBe('self.m = nn.Embedding(7, 3)');
    expect(lineWith(convertModule('Embedding', spec({ padding_idx: 1, max_norm: 2.0 })).code, 'nn.Embedding')).toBe('self.m = nn.Embedding(7, 3)');
  });
});
