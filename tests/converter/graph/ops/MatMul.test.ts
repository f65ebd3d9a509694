import { matmulShape } from '../../../../src/converter/graph/ops/MatMul';
import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('MatMul', () => {
  it('broadcasts batch dims as numpy.matmul', async () => {
    const r = await convertOp({ op: 'MatMul', inputs: [f32('a', [2, 1, 3, 4]), f32('b', [5, 4, 6])] });
    expect(r.shapes).toEqual([[2, 5, 3, 6]]);
    expect(lineWith(r.code, 'ops.matmul')).toBe('a = ops.matmul(a, b)');
  });

  it('drops the dims of promoted 1-D operands', () => {
    expect(matmulShape([4], [4, 6])).toEqual([6]);
    expect(matmulShape([2, 3, 4], [4])).toEqual([2, 3]);
  });
});
