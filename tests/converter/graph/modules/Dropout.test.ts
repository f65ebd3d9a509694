import { ModuleTree, convertOnnx } from '../../../../src/converter';
import { f32, lineWith } from '../helpers/oracle';
import { onnxModel } from '../helpers/onnxModel';

describe('Dropout module mapper', () => {
  it.each([
    ['Dropout', 'nn.Dropout'],
    ['Dropout2d', 'nn.Dropout2d']
  ])('restores a %s the eval export dropped as %s(p=...)', (torchClass, layer) => {
    const bytes = onnxModel({ inputs: [f32('x', [1, 2, 3, 3])], outputs: [{ name: 'y' }], nodes: [{ op: 'Relu', name: '/act/Relu', inputs: ['x'], outputs: ['y'] }] });
    const tree: ModuleTree = {
      format: 'mindconverter-module-tree/1',
      modules: { '': { class: 'Net', children: ['act', 'drop'] }, act: { class: 'ReLU', children: [] }, drop: { class: torchClass, children: [], params: { p: 0.4 } } }
    };
    const { code } = convertOnnx(bytes, { moduleTree: tree });
    expect(lineWith(code, layer)).toBe(`self.drop = ${layer}(p=0.4)`);
    // Registration order places it after act (no call records in this tree).
    expect(code).toMatch(/x = self\.act\(x\)[^\n]*\n\s+x = self\.drop\(x\)/);
  });
});
