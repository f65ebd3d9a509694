import { OpRegistry } from '../ops/registry';
import { NodeView, OpMapper, UnsupportedError } from '../ops/types';
import { declaredType } from './build';
import { Graph, Node, Value } from './graph';

export interface NodeStatus {
  mapper?: OpMapper;
  view: NodeView;
  /** Every output is a constant computed at conversion time: the node emits no code. */
  folded: boolean;
  /** Why the node cannot be converted (no mapper, or the mapper refused it). */
  problem?: string;
}

/**
 * Shape/dtype inference and constant folding in topological order. Every
 * node gets a status; a node the mappers cannot handle keeps the types its
 * value_info declares, so that later nodes can still be typed.
 * A node computing on a model tensor (`trainable`: a parameter or buffer) is
 * not folded: a sliced or expanded position embedding or class token stays
 * the model's Parameter, computed on in construct (folding would freeze a
 * copy of it), and a sliced causal-mask buffer keeps its name.
 * Layout-only ops that keep their source (derive, aliasesInput) still fold.
 */
export function inferGraph(
  graph: Graph,
  registry: OpRegistry,
  opsets: Map<string, number>,
  trainable: (value: Value) => boolean = () => false
): Map<Node, NodeStatus> {
  const statuses = new Map<Node, NodeStatus>();
  for (const node of graph.nodes) {
    const opset = opsets.get(node.domain) ?? graph.opset;
    const view = new NodeView(node, opset);
    const mapper = registry.lookup(node.domain, node.opType, opset);
    const status: NodeStatus = { mapper, view, folded: false };
    statuses.set(node, status);
    if (!mapper) {
      status.problem = `no mapper for ${node.domain ? `${node.domain}.` : ''}${node.opType} at opset ${opset}`;
      useDeclaredTypes(node);
      continue;
    }
    const keepsParameter = !mapper.derive && !mapper.aliasesInput && node.inputs.some(v => v?.constant && trainable(v));
    const foldable = mapper.foldsFromTypes
      ? node.inputs.every(v => v === undefined || v.info)
      : !keepsParameter && node.inputs.every(v => v === undefined || (v.constant && (v.constant.evaluable || (mapper.foldsAnySize && v.constant.dtype !== 'string'))));
    if (mapper.fold && foldable) {
      try {
        const results = mapper.fold(view);
        results.forEach((tensor, i) => {
          const output = node.outputs[i];
          if (output) {
            output.constant = tensor;
            output.info = { dtype: tensor.dtype, shape: tensor.dims };
          }
        });
        status.folded = results.length >= node.outputs.filter(o => o.consumers.length > 0).length;
        const source = node.inputs[0];
        if (status.folded && mapper.derive && source && (source.initializer || source.derivedFrom)) {
          node.outputs[0].derivedFrom = { source, ...mapper.derive(view) };
        }
        if (status.folded && mapper.aliasesInput && source?.initializer) {
          node.outputs[0].initializer = node.outputs[0].name;
        }
        if (status.folded) continue;
      } catch (error) {
        if (!(error instanceof UnsupportedError)) throw error;
      }
    }
    try {
      const infos = mapper.infer(view);
      infos.forEach((info, i) => {
        if (node.outputs[i] && !node.outputs[i].info) node.outputs[i].info = info;
      });
    } catch (error) {
      // A mapper that cannot type the node leaves a placeholder (never a crash of the whole conversion).
      status.problem = error instanceof UnsupportedError ? error.message : `cannot infer its output types (${(error as Error).message})`;
      useDeclaredTypes(node);
    }
  }
  return statuses;
}

function useDeclaredTypes(node: Node): void {
  for (const output of node.outputs) {
    output.info ??= declaredType(output);
  }
}
