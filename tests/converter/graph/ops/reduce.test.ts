import { convertOp, f32, ints, lineWith } from '../helpers/oracle';

describe('Reduce* ops', () => {
  it.each([
    ['ReduceMean', 'x = ops.mean(x, 1, keep_dims=True)'],
    ['ReduceMax', 'x = ops.amax(x, 1, keepdims=True)'],
    ['ReduceMin', 'x = ops.amin(x, 1, keepdims=True)'],
    ['ReduceProd', 'x = ops.prod(x, 1, keep_dims=True)'],
    ['ReduceL1', 'x = ops.sum(ops.abs(x), 1, keepdim=True)'],
    ['ReduceL2', 'x = ops.sqrt(ops.sum(ops.square(x), 1, keepdim=True))'],
    ['ReduceLogSum', 'x = ops.log(ops.sum(x, 1, keepdim=True))'],
    ['ReduceLogSumExp', 'x = ops.logsumexp(x, 1, keepdim=True)'],
    ['ReduceSumSquare', 'x = ops.sum(ops.square(x), 1, keepdim=True)']
  ])('%s takes axes from the attribute before opset 18', async (op, line) => {
    const r = await convertOp({ op, inputs: [f32('x', [2, 3, 4])], attrs: { axes: [-2] } });
    expect(r.shapes).toEqual([[2, 1, 4]]);
    expect(lineWith(r.code, 'x = ')).toBe(line);
  });

  it('ReduceSum takes axes from its input from opset 13, without keepdims', async () => {
    const r = await convertOp({ op: 'ReduceSum', inputs: [f32('x', [2, 3, 4])], initializers: [ints('axes', [0, 2])], attrs: { keepdims: 0 } });
    expect(r.shapes).toEqual([[3]]);
    expect(lineWith(r.code, 'ops.sum')).toBe('x = ops.sum(x, (0, 2), keepdim=False)');
  });

  it('reduces every axis when none are given, and is the identity with noop_with_empty_axes', async () => {
    const all = await convertOp({ op: 'ReduceMean', opset: 18, inputs: [f32('x', [2, 3])] });
    expect(all.shapes).toEqual([[1, 1]]);
    const noop = await convertOp({ op: 'ReduceMean', opset: 18, inputs: [f32('x', [2, 3])], attrs: { noop_with_empty_axes: 1 } });
    expect(noop.shapes).toEqual([[2, 3]]);
    expect(noop.code).toContain('return x');
  });
});
