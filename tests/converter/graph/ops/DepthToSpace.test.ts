import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('DepthToSpace', () => {
  it('in CRD mode (torch PixelShuffle) is nn.PixelShuffle as a module', async () => {
    const r = await convertOp({ op: 'DepthToSpace', name: '/shuffle/DepthToSpace', inputs: [f32('x', [1, 8, 2, 3])], attrs: { blocksize: 2, mode: 'CRD' } });
    expect(r.shapes).toEqual([[1, 2, 4, 6]]);
    expect(lineWith(r.code, 'PixelShuffle')).toBe('self.shuffle = nn.PixelShuffle(2)');
  });

  it('in DCR mode is written as reshape/transpose/reshape', async () => {
    const r = await convertOp({ op: 'DepthToSpace', inputs: [f32('x', [1, 8, 2, 3])], attrs: { blocksize: 2 } });
    expect(lineWith(r.code, 'ops.reshape')).toBe('x = ops.reshape(ops.transpose(ops.reshape(x, (1, 2, 2, 2, 2, 3)), (0, 3, 4, 1, 5, 2)), (1, 2, 4, 6))');
  });
});
