import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('Einsum', () => {
  it('passes the equation to ops.einsum', async () => {
    const r = await convertOp({ op: 'Einsum', inputs: [f32('a', [2, 3]), f32('b', [3, 4])], attrs: { equation: 'ij, jk -> ik' } });
    expect(r.shapes).toEqual([[2, 4]]);
    expect(lineWith(r.code, 'ops.einsum')).toBe("a = ops.einsum('ij,jk->ik', a, b)");
  });

  it('infers an implicit output from the labels used once', async () => {
    const r = await convertOp({ op: 'Einsum', inputs: [f32('a', [2, 3]), f32('b', [3, 4])], attrs: { equation: 'ij,jk' } });
    expect(r.shapes).toEqual([[2, 4]]);
  });
});
