import { convertModel, convertOp, f32, ints, lineWith } from '../helpers/oracle';

describe('Concat', () => {
  it('is ops.cat of a tuple along the axis', async () => {
    const r = await convertOp({ op: 'Concat', inputs: [f32('a', [2, 3]), f32('b', [2, 5])], attrs: { axis: -1 } });
    expect(r.shapes).toEqual([[2, 8]]);
    expect(lineWith(r.code, 'ops.cat')).toBe('a = ops.cat((a, b), axis=1)');
  });

  it('folds shape computations made of constants', async () => {
    const r = await convertModel({
      inputs: [f32('x', [2, 3, 4])],
      outputs: [{ name: 'y' }],
      initializers: [ints('a', [2]), ints('b', [-1])],
      nodes: [
        { op: 'Concat', inputs: ['a', 'b'], outputs: ['shape'], attrs: { axis: 0 } },
        { op: 'Reshape', inputs: ['x', 'shape'], outputs: ['y'] }
      ]
    });
    expect(r.shapes).toEqual([[2, 12]]);
    expect(lineWith(r.code, 'ops.reshape')).toBe('x = ops.reshape(x, (2, -1))');
  });
});
