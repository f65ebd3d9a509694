import { convertOp, lineWith } from '../helpers/oracle';

describe('logical and bitwise binary ops', () => {
  it.each([
    ['And', 'ops.logical_and', 'bool'],
    ['Or', 'ops.logical_or', 'bool'],
    ['Xor', 'ops.logical_xor', 'bool'],
    ['BitwiseAnd', 'ops.bitwise_and', 'int32'],
    ['BitwiseOr', 'ops.bitwise_or', 'int32'],
    ['BitwiseXor', 'ops.bitwise_xor', 'int32']
  ] as const)('%s is %s', async (op, fn, dtype) => {
    const r = await convertOp({ op, opset: 18, inputs: [{ name: 'a', shape: [2, 3], dtype }, { name: 'b', shape: [3], dtype }] });
    expect(r.shapes).toEqual([[2, 3]]);
    expect(r.dtypes).toEqual([dtype]);
    expect(lineWith(r.code, fn)).toBe(`a = ${fn}(a, b)`);
  });
});
