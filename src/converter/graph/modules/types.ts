/**
 * Module mappers: a torch module class (known from the module tree) becomes
 * one MindSpore layer, either from its hyper-parameters alone (modules the
 * ONNX export lost, such as Dropout in eval mode) or from the nodes one call
 * of it exported (a Linear on 3-D input is MatMul + Add).
 */
import { NodeStatus } from '../ir/infer';
import { Node, Value } from '../ir/graph';
import { ModuleLayer } from '../codegen/model';
import { CallInstance } from '../codegen/scopes';

export interface ModuleMapper {
  /** Torch class names (`Dropout`, `Linear`); the key of the registry. */
  readonly torchClasses: readonly string[];
  /** What the mapper does not handle (rendered into docs/supported-ops.md). */
  readonly restrictions?: string;
  fromTree?(hyper: Record<string, unknown>, torchClass: string): ModuleLayer | undefined;
  fromCall?(call: CallInstance, live: (node: Node) => NodeStatus | undefined, hyper: Record<string, unknown>, constant: (name: string) => Value | undefined): ModuleLayer | undefined;
}
