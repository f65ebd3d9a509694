import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('Flatten', () => {
  it('is ops.flatten at axis 1, nn.Flatten as a module', async () => {
    const r = await convertOp({ op: 'Flatten', inputs: [f32('x', [2, 3, 4])] });
    expect(r.shapes).toEqual([[2, 12]]);
    expect(lineWith(r.code, 'ops.flatten')).toBe('x = ops.flatten(x)');
    const module = await convertOp({ op: 'Flatten', name: '/flatten/Flatten', inputs: [f32('x', [2, 3, 4])] });
    expect(lineWith(module.code, 'nn.Flatten')).toBe('self.flatten = nn.Flatten()');
  });

  it('is a reshape to 2-D at other axes (negative ones count from the end)', async () => {
    const r = await convertOp({ op: 'Flatten', inputs: [f32('x', [2, 3, 4])], attrs: { axis: -1 } });
    expect(r.shapes).toEqual([[6, 4]]);
    expect(lineWith(r.code, 'ops.reshape')).toBe('x = ops.reshape(x, (6, 4))');
  });
});
