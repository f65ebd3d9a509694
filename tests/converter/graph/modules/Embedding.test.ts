import { f32, i64, lineWith, weights } from '../helpers/oracle';
import { convertOnnx, ModuleTree } from '../../../../src/converter';
import { onnxModel } from '../helpers/onnxModel';
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

  it('keeps the layer when the export computed its ids away (nanoGPT: wpe(torch.arange(t))), called on ops.arange', () => {
    const bytes = onnxModel({
      inputs: [f32('x', [4, 3])],
      outputs: [{ name: 'y' }],
      initializers: [weights('m.weight', [7, 3]), { name: 'pos', dims: [4], dtype: 'int64', values: [0, 1, 2, 3] }],
      nodes: [
        { op: 'Gather', name: '/m/Gather', inputs: ['m.weight', 'pos'], outputs: ['e'] },
        { op: 'Add', name: '/Add', inputs: ['e', 'x'], outputs: ['y'] }
      ]
    });
    const tree: ModuleTree = {
      format: 'mindconverter-module-tree/1',
      root_class: 'Net',
      modules: { '': { class: 'Net', children: ['m'] }, m: { class: 'Embedding', children: [], params: { padding_idx: null, max_norm: null } } },
      parameters: { 'm.weight': { shape: [7, 3], dtype: 'float32' } }
    };
    const result = convertOnnx(bytes, { moduleTree: tree });
    expect(lineWith(result.code, 'nn.Embedding')).toBe('self.m = nn.Embedding(7, 3)');
    expect(result.code).toContain('self.m(ops.arange(4, dtype=mstype.int64))');
    expect(result.weightMap.weights.map(w => `${w.pytorch} -> ${w.mindspore}`)).toEqual(['m.weight -> m.embedding_table']);
  });
});
