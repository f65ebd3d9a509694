import { convertModel, lineWith } from '../helpers/oracle';

describe('Range', () => {
  it('folds constant bounds', async () => {
    const scalar = (name: string, value: number) => ({ name, dims: [], dtype: 'int64' as const, values: [value] });
    const r = await convertModel({
      inputs: [{ name: 'x', shape: [4], dtype: 'int64' }],
      outputs: [{ name: 'y' }],
      initializers: [scalar('start', 1), scalar('limit', 9), scalar('delta', 2)],
      nodes: [
        { op: 'Range', inputs: ['start', 'limit', 'delta'], outputs: ['r'] },
        { op: 'Add', inputs: ['x', 'r'], outputs: ['y'] }
      ]
    });
    expect(lineWith(r.code, ' + ')).toBe('x = x + Tensor([1, 3, 5, 7], mstype.int64)');
  });
});
