import { convertOp, f32, ints, lineWith } from '../helpers/oracle';

describe('Squeeze', () => {
  it('takes axes from the input (opset 13) or squeezes every 1', async () => {
    const r = await convertOp({ op: 'Squeeze', inputs: [f32('x', [1, 3, 1, 2])], initializers: [ints('axes', [-2])] });
    expect(r.shapes).toEqual([[1, 3, 2]]);
    expect(lineWith(r.code, 'squeeze')).toBe('x = ops.squeeze(x, 2)');
    const all = await convertOp({ op: 'Squeeze', inputs: [f32('x', [1, 3, 1, 2])] });
    expect(all.shapes).toEqual([[3, 2]]);
    expect(lineWith(all.code, 'squeeze')).toBe('x = ops.squeeze(x, (0, 2))');
  });
});
