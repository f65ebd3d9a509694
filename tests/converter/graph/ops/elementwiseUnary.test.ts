import { ELEMENTWISE_UNARY_TABLE } from '../../../../src/converter/graph/data';
import { convertOp, f32, lineWith } from '../helpers/oracle';

describe('element-wise unary ops (mappings/onnx/elementwise_unary.json)', () => {
  const ops = Object.entries(ELEMENTWISE_UNARY_TABLE.ops);

  it.each(ops)('%s is one mindspore.ops call that keeps the shape', async (op, entry) => {
    const r = await convertOp({ op, opset: Math.max(13, ...entry.since), inputs: [{ name: 'x', shape: [2, 3], dtype: op === 'Not' ? 'bool' : 'float32' }] });
    expect(r.shapes).toEqual([[2, 3]]);
    expect(r.dtypes).toEqual([entry.output_dtype ?? (op === 'Not' ? 'bool' : 'float32')]);
    expect(lineWith(r.code, entry.function)).toBe(`x = ${entry.function}(x)`);
  });

  it.each(ops.filter(([, entry]) => entry.layer))('%s is its nn layer as the whole of a torch module', async (op, entry) => {
    const r = await convertOp({ op, opset: Math.max(13, ...entry.since), name: `/act/${op}`, inputs: [f32('x', [2, 3])] });
    expect(lineWith(r.code, entry.layer!)).toBe(`self.act = ${entry.layer}()`);
  });
});
