/** What module mappers share: the live nodes of a call, and its single tensor in / out. */
import { Node } from '../ir/graph';
import { NodeStatus } from '../ir/infer';
import { CallInstance } from '../codegen/scopes';

export function liveNodes(call: CallInstance, status: (node: Node) => NodeStatus | undefined): Node[] {
  return call.nodes.filter(node => !status(node)?.folded);
}

/** True when the call maps one tensor to one tensor of the same shape (an activation). */
export function elementwiseCall(call: CallInstance): boolean {
  if (call.inputs.length !== 1 || call.outputs.length !== 1) return false;
  const [x, y] = [call.inputs[0].info, call.outputs[0].info];
  return !!x && !!y && x.shape.join() === y.shape.join();
}
