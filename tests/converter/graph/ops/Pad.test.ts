import { convertOp, f32, ints, lineWith, weights } from '../helpers/oracle';

describe('Pad', () => {
  it("is ops.pad with (begin, end) pairs from the last padded axis backwards, ONNX's edge as 'replicate'", async () => {
    const r = await convertOp({ op: 'Pad', inputs: [f32('x', [1, 2, 3, 4])], initializers: [ints('pads', [0, 0, 1, 2, 0, 0, 3, 4])], attrs: { mode: 'edge' } });
    expect(r.shapes).toEqual([[1, 2, 7, 10]]);
    expect(lineWith(r.code, 'ops.pad')).toBe("x = ops.pad(x, (2, 4, 1, 3), mode='replicate')");
  });

  it('passes a constant value; zero pads are no statement', async () => {
    const r = await convertOp({ op: 'Pad', inputs: [f32('x', [2, 2])], initializers: [ints('pads', [1, 0, 0, 0]), weights('v', [], [1.5])] });
    expect(lineWith(r.code, 'ops.pad')).toBe('x = ops.pad(x, (0, 0, 1, 0), value=1.5)');
    const none = await convertOp({ op: 'Pad', inputs: [f32('x', [2, 2])], initializers: [ints('pads', [0, 0, 0, 0])] });
    expect(none.code).toContain('return x');
  });
});
