import { ModuleTree, convertOnnx } from '../../../../src/converter';
import { f32, lineWith } from '../helpers/oracle';
import { onnxModel } from '../helpers/onnxModel';

describe('Identity module mapper', () => {
  it('keeps a torch nn.Identity (no ONNX node) as nn.Identity()', () => {
    const bytes = onnxModel({ inputs: [f32('x', [2])], outputs: [{ name: 'y' }], nodes: [{ op: 'Neg', name: '/Neg', inputs: ['x'], outputs: ['y'] }] });
    const tree: ModuleTree = { format: 'mindconverter-module-tree/1', modules: { '': { class: 'Net', children: ['skip'] }, skip: { class: 'Identity', children: [] } } };
    expect(lineWith(convertOnnx(bytes, { moduleTree: tree }).code, 'nn.Identity')).toBe('self.skip = nn.Identity()');
  });
});
