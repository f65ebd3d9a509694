import { f32, lineWith, weights } from '../helpers/oracle';
import { convertModule } from './helpers';

describe('Linear module mapper', () => {
  it('makes MatMul by the transposed weight + Add of the bias one nn.Dense that keeps the torch weight', () => {
    const result = convertModule('Linear', {
      inputs: [f32('x', [2, 5, 4])],
      initializers: [weights('m.weight', [3, 4]), weights('m.bias', [3])],
      nodes: [
        { op: 'Transpose', inputs: ['m.weight'], outputs: ['wt'], attrs: { perm: [1, 0] } },
        { op: 'MatMul', inputs: ['x', 'wt'], outputs: ['mm'] },
        { op: 'Add', inputs: ['m.bias', 'mm'], outputs: ['y'] }
      ]
    });
    expect(lineWith(result.code, 'nn.Dense')).toBe('self.m = nn.Dense(4, 3)');
    expect(result.weightMap.weights.map(w => [w.pytorch, w.mindspore, w.transform])).toEqual([
      ['m.weight', 'm.weight', undefined],
      ['m.bias', 'm.bias', undefined]
    ]);
  });
});
