import { convertModel, f32, lineWith, weights } from '../helpers/oracle';

describe('Identity', () => {
  it('is no statement: its output is another name for its input', async () => {
    const r = await convertModel({
      inputs: [f32('x', [2])],
      outputs: [{ name: 'y' }],
      nodes: [
        { op: 'Identity', inputs: ['x'], outputs: ['same'] },
        { op: 'Neg', inputs: ['same'], outputs: ['y'] }
      ]
    });
    expect(lineWith(r.code, 'ops.neg')).toBe('x = ops.neg(x)');
  });

  it("keeps the name of an initializer the exporter aliased (torch's deduplicated parameters)", async () => {
    const r = await convertModel({
      inputs: [f32('x', [1, 2, 3, 3])],
      outputs: [{ name: 'y' }],
      initializers: [weights('a.weight', [2]), weights('a.bias', [2]), weights('a.running_mean', [2]), weights('a.running_var', [2])],
      nodes: [
        { op: 'Identity', name: 'Identity_0', inputs: ['a.weight'], outputs: ['b.weight'] },
        { op: 'BatchNormalization', name: '/b/BatchNormalization', inputs: ['x', 'b.weight', 'a.bias', 'a.running_mean', 'a.running_var'], outputs: ['y'] }
      ]
    });
    expect(r.conversion.weightMap.weights.map(w => `${w.pytorch} -> ${w.mindspore}`)).toEqual([
      'b.weight -> b.gamma',
      'a.bias -> b.beta',
      'a.running_mean -> b.moving_mean',
      'a.running_var -> b.moving_variance'
    ]);
  });
});
