/** A one-module model: the given nodes run inside module `m` of class `torchClass` (scope /m/...). */
import { convertOnnx, GraphConversion, ModuleTree } from '../../../../src/converter';
import { InitializerSpec, NodeSpec, onnxModel, TensorSpec } from '../helpers/onnxModel';

export function convertModule(
  torchClass: string,
  spec: { inputs: TensorSpec[]; nodes: NodeSpec[]; initializers?: InitializerSpec[]; params?: Record<string, unknown>; opset?: number },
  withTree = true
): GraphConversion {
  const output = spec.nodes[spec.nodes.length - 1].outputs[0];
  const bytes = onnxModel({
    opset: spec.opset,
    inputs: spec.inputs,
    outputs: [{ name: output }],
    initializers: spec.initializers,
    nodes: spec.nodes.map((n, i) => ({ ...n, name: `/m/${n.op}_${i}` }))
  });
  const tree: ModuleTree = {
    format: 'mindconverter-module-tree/1',
    root_class: 'Net',
    modules: { '': { class: 'Net', children: ['m'] }, m: { class: torchClass, children: [], params: spec.params ?? {} } }
  };
  return convertOnnx(bytes, { moduleTree: withTree ? tree : undefined });
}
