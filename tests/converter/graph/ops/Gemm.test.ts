import { convertOp, f32, lineWith, weights } from '../helpers/oracle';
import { float } from '../helpers/onnxModel';

describe('Gemm', () => {
  it('is nn.Dense when B is a constant (out, in) weight (transB=1, as torch exports Linear)', async () => {
    const r = await convertOp({ op: 'Gemm', inputs: [f32('x', [2, 5])], initializers: [weights('w', [3, 5]), weights('b', [3])], attrs: { transB: 1 } });
    expect(r.shapes).toEqual([[2, 3]]);
    expect(lineWith(r.code, 'nn.Dense')).toBe('self.gemm = nn.Dense(5, 3)');
  });

  it('transposes a (in, out) weight for nn.Dense and records it in the weight map', async () => {
    const r = await convertOp({ op: 'Gemm', inputs: [f32('x', [2, 5])], initializers: [weights('w', [5, 3])] });
    expect(lineWith(r.code, 'nn.Dense')).toBe('self.gemm = nn.Dense(5, 3, has_bias=False)');
    expect(r.conversion.weightMap.weights[0]).toMatchObject({ mindspore: 'gemm.weight', shape: [3, 5], transform: expect.stringContaining('transposed') });
  });

  it('writes alpha, beta and transposes as a matmul expression otherwise', async () => {
    const r = await convertOp({ op: 'Gemm', inputs: [f32('a', [4, 2]), f32('b', [3, 4]), f32('c', [2, 3])], attrs: { transA: 1, transB: 1, alpha: float(0.5), beta: float(2) } });
    expect(r.shapes).toEqual([[2, 3]]);
    expect(lineWith(r.code, 'ops.matmul')).toBe('a = 0.5 * ops.matmul(a.T, b.T) + 2.0 * c');
  });
});
