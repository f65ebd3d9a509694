import { analyzeOnnx } from '../../../../src/converter/graph/convert';
import { buildStructure, scopeComponents } from '../../../../src/converter/graph/codegen/scopes';
import { f32 } from '../helpers/oracle';
import { NodeSpec, onnxModel } from '../helpers/onnxModel';

describe('module structure from torch scope names', () => {
  it('reads the scope components of a node name', () => {
    expect(scopeComponents('/layer1/layer1.0/conv1/Conv')).toEqual(['layer1', 'layer1.0', 'conv1']);
    expect(scopeComponents('/Flatten')).toEqual([]);
    expect(scopeComponents('Conv_12')).toEqual([]);
  });

  it('resolves qualified names, repeated calls (relu_1) and ModuleList members', () => {
    const relu = (name: string, input: string, output: string): NodeSpec => ({ op: 'Relu', name, inputs: [input], outputs: [output] });
    const bytes = onnxModel({
      inputs: [f32('x', [2])],
      outputs: [{ name: 'e' }],
      nodes: [
        relu('/layer1/layer1.0/relu/Relu', 'x', 'a'),
        relu('/layer1/layer1.0/relu_1/Relu', 'a', 'b'),
        relu('/layer1/layer1.1/downsample/downsample.0/Relu', 'b', 'c'),
        relu('/blocks.0/Relu', 'c', 'd'),
        relu('/Relu', 'd', 'e')
      ]
    });
    const { graph } = analyzeOnnx(bytes);
    const structure = buildStructure(graph, graph.nodes);
    expect([...structure.modules.keys()].sort()).toEqual(
      ['', 'blocks', 'blocks.0', 'layer1', 'layer1.0', 'layer1.0.relu', 'layer1.1', 'layer1.1.downsample', 'layer1.1.downsample.0'].sort()
    );
    const relu0 = structure.modules.get('layer1.0.relu')!;
    expect(relu0.calls.map(c => c.index)).toEqual([0, 1]);
    // blocks.0 is called directly by the root (a ModuleList is never called itself).
    expect(structure.rootCall.children.map(c => c.module.path)).toEqual(['layer1', 'blocks.0']);
    expect(structure.rootCall.direct.map(n => n.name)).toEqual(['/Relu']);
    const layer1 = structure.rootCall.children[0];
    expect(layer1.inputs.map(v => v.name)).toEqual(['x']);
    expect(layer1.outputs.map(v => v.name)).toEqual(['c']);
  });
});
