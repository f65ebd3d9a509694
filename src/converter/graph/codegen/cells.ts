/**
 * Decides what each module of the original model becomes: a MindSpore
 * layer, a generated class, an nn.SequentialCell / nn.CellList, an inline
 * expression in its parent, or nothing (modules the export never ran), and
 * places the layers ONNX lost (Dropout) back into the data flow.
 */
import { Graph, Node, Value } from '../ir/graph';
import { NodeStatus } from '../ir/infer';
import { ModuleMapper } from '../modules/types';
import { Emission, UnsupportedError } from '../ops/types';
import { layerCheckpoint } from './checkpointParams';
import { buildConstruct, ConstructEnv, ModuleKind, RestoredLayer } from './construct';
import { ClassInstance, Ctor, ModuleLayer } from './model';
import { ModuleTree } from './moduleTree';
import { className } from './python';
import { CallInstance, ModuleInfo, ModuleStructure } from './scopes';

const isIndex = (attr: string) => /^\d+$/.test(attr);
const CONTAINERS = new Set(['ModuleDict', 'ModuleList', 'Sequential', 'Module']);
const ran = (module: ModuleInfo): boolean => module.calls.length > 0 || module.children.some(ran);

export interface CellsOptions {
  graph: Graph;
  structure: ModuleStructure;
  statuses: Map<Node, NodeStatus>;
  tree?: ModuleTree;
  modules: Map<string, ModuleMapper>;
  rootName: string;
  trainable(value: Value): boolean;
  isModelTensor(value: Value): boolean;
}

export class Cells {
  private readonly kinds = new Map<ModuleInfo, ModuleKind>();
  private readonly materialized = new Map<ModuleInfo, ClassInstance>();
  /** Generated class instances, children before parents. */
  readonly instances: ClassInstance[] = [];
  readonly omitted: { module: ModuleInfo; reason: string }[] = [];
  private readonly env: ConstructEnv;

  constructor(private readonly options: CellsOptions) {
    this.env = {
      graph: options.graph,
      statuses: options.statuses,
      kindOf: module => this.kindOf(module),
      trainable: options.trainable,
      isModelTensor: options.isModelTensor,
      restored: call => this.restoredLayers(call)
    };
  }

  get root(): ClassInstance {
    const kind = this.kindOf(this.options.structure.root);
    return kind.kind === 'class' ? kind.instance : this.materialize(this.options.structure.root);
  }

  kindOf(module: ModuleInfo): ModuleKind {
    let kind = this.kinds.get(module);
    if (!kind) {
      module.children.forEach(child => this.kindOf(child));
      kind = this.decide(module);
      this.kinds.set(module, kind);
      if (kind.kind === 'class') this.instances.push(kind.instance);
      if (kind.kind === 'omitted') this.omitted.push({ module, reason: kind.reason });
    }
    return kind;
  }

  /** The constructor expression of a module inside its parent's __init__ (undefined: nothing to build). */
  ctorOf(module: ModuleInfo): Ctor | undefined {
    const kind = this.kindOf(module);
    switch (kind.kind) {
      case 'layer':
        return { kind: 'call', callee: kind.layer.cls, args: kind.layer.args, checkpoint: layerCheckpoint(module.path, kind.layer.params) };
      case 'class':
        return { kind: 'instance', instance: kind.instance };
      case 'sequential':
      case 'list': {
        const named = kind.children.some((child, i) => child.attr !== String(i));
        return {
          kind: 'list',
          callee: kind.kind === 'sequential' ? 'nn.SequentialCell' : 'nn.CellList',
          items: kind.children.map(child => this.memberCtor(child)),
          // Named children (a Sequential built from an OrderedDict) keep their names, and so their checkpoint names.
          ...(named ? { keys: kind.children.map(child => child.attr) } : {})
        };
      }
      case 'inline':
      case 'omitted':
        return undefined;
    }
  }

  /** A member of a SequentialCell/CellList must be a cell: inline expressions become small classes. */
  private memberCtor(module: ModuleInfo): Ctor {
    const ctor = this.ctorOf(module);
    if (ctor) return ctor;
    // A member that never ran keeps its index with an identity (reported as left out).
    if (module.calls.length === 0) return { kind: 'call', callee: 'nn.Identity', args: [] };
    return { kind: 'instance', instance: this.materialize(module) };
  }

  private materialize(module: ModuleInfo): ClassInstance {
    let instance = this.materialized.get(module);
    if (!instance) {
      instance = this.classFor(module);
      this.materialized.set(module, instance);
      this.instances.push(instance);
    }
    return instance;
  }

  /** A class whose __init__ builds the module's members and which is never called itself. */
  private holderFor(module: ModuleInfo): ClassInstance {
    const init = module.children.flatMap(child => {
      const ctor = this.ctorOf(child);
      return ctor ? [{ attr: child.attr, ctor, nodes: [] }] : [];
    });
    return { module, baseName: this.baseName(module), init, inputs: [], lines: [], checkpoint: [] };
  }

  /** A generated class for the module: its sub-modules first in __init__ (in the original order), then its own layers. */
  private classFor(module: ModuleInfo): ClassInstance {
    const instance = buildConstruct(module.calls[0], this.env, this.baseName(module));
    const children = module.children.flatMap(child => {
      const ctor = this.ctorOf(child);
      return ctor ? [{ attr: child.attr, ctor, nodes: [] }] : [];
    });
    instance.init.unshift(...children);
    return instance;
  }

  private baseName(module: ModuleInfo): string {
    if (!module.parent) return this.options.rootName;
    // A container's class says nothing of what it holds (nanoGPT's `transformer` ModuleDict): named after its attribute.
    if (module.torchClass && !CONTAINERS.has(module.torchClass)) return className(module.torchClass);
    const named = isIndex(module.attr) && module.parent ? `${module.parent.attr}_block` : module.attr;
    return className(named);
  }

  private decide(module: ModuleInfo): ModuleKind {
    const mapper = module.torchClass ? this.options.modules.get(module.torchClass) : undefined;
    if (module.calls.length === 0) {
      if (module.children.some(ran)) {
        // Never called itself, only its members (a ModuleList); with named members, a class that just holds them.
        if (module.children.every(c => isIndex(c.attr))) return { kind: 'list', children: module.children };
        return { kind: 'class', instance: this.holderFor(module) };
      }
      const layer = mapper?.fromTree?.(module.hyper ?? {}, module.torchClass!);
      if (layer) return { kind: 'layer', layer, nodes: [] };
      return { kind: 'omitted', reason: module.torchClass ? `no ONNX node ran in it and ${module.torchClass} cannot be rebuilt from the module tree` : 'no ONNX node ran in it' };
    }
    if (!module.parent) {
      return { kind: 'class', instance: this.classFor(module) };
    }
    const call = module.calls[0];
    const constant = (name: string) => {
      const value = this.options.graph.values.get(name);
      return value?.constant ? value : undefined;
    };
    const fromCall = mapper?.fromCall?.(call, node => this.options.statuses.get(node), module.hyper ?? {}, constant);
    if (fromCall) return { kind: 'layer', layer: fromCall, nodes: call.nodes };
    const live = call.direct.filter(node => !this.options.statuses.get(node)?.folded);
    if (call.children.length === 0 && live.length === 1) {
      const single = this.singleNode(live[0]);
      if (single) return single;
    }
    if (this.isSequential(module)) {
      return { kind: 'sequential', children: module.children };
    }
    return { kind: 'class', instance: this.classFor(module) };
  }

  /** A module that ran exactly one convertible node: that node's layer, or its expression inline. */
  private singleNode(node: Node): ModuleKind | undefined {
    const status = this.options.statuses.get(node);
    if (!status?.mapper || status.problem) return undefined;
    status.view.preferLayer = true;
    let emission: Emission;
    try {
      emission = status.mapper.emit(status.view);
    } catch (error) {
      if (error instanceof UnsupportedError) return undefined;
      throw error;
    } finally {
      status.view.preferLayer = false;
    }
    if (emission.kind === 'layer') {
      const onlyInputs = emission.inputs.every(i => node.inputs[i] && !node.inputs[i]!.constant);
      const dataInputs = node.inputs.filter(v => v && !v.constant).length;
      if (onlyInputs && dataInputs === emission.inputs.length && (emission.tupleSize ?? 1) >= 1) {
        const layer: ModuleLayer = { ...emission.layer, api: emission.api, callArgs: emission.callArgs, tupleSize: emission.tupleSize };
        return { kind: 'layer', layer, nodes: [node] };
      }
      return undefined;
    }
    return { kind: 'inline', node };
  }

  /** A torch Sequential (or, without a tree, numbered children) whose call is a chain of its children in order. */
  private isSequential(module: ModuleInfo): boolean {
    // torch Sequential subclasses (torchvision's Conv2dNormActivation) have numbered children too.
    const sequentialClass = module.torchClass === 'Sequential' || (module.children.length > 0 && module.children.every(c => isIndex(c.attr)));
    if (!sequentialClass || module.calls.length !== 1) return false;
    const call = module.calls[0];
    if (call.direct.some(node => !this.options.statuses.get(node)?.folded)) return false;
    const called = call.children.map(c => c.module);
    const expected = module.children.filter(c => c.calls.length > 0);
    if (called.length !== expected.length || called.some((m, i) => m !== expected[i] || m.calls.length !== 1)) return false;
    if (module.children.some(c => c.calls.length === 0 && this.kindOf(c).kind !== 'layer')) return false;
    let flowing = call.inputs;
    for (const child of call.children) {
      if (flowing.length !== 1 || child.inputs.length !== 1 || child.inputs[0] !== flowing[0] || child.outputs.length !== 1) return false;
      flowing = child.outputs;
    }
    return flowing.length === 1 && call.outputs.length === 1 && flowing[0] === call.outputs[0];
  }

  /**
   * Layers with no ONNX node (Dropout) of a generated class, keyed by the value
   * they apply to. With the module tree's call order and shapes: the last value
   * of the matching shape on the single-input chain that starts at the
   * previous sibling's output; otherwise the input of the next sibling that ran.
   */
  private restoredLayers(call: CallInstance): Map<Value, RestoredLayer[]> {
    const out = new Map<Value, RestoredLayer[]>();
    const module = call.module;
    const lost = module.children.filter(c => c.calls.length === 0 && this.kindOf(c).kind === 'layer');
    if (lost.length === 0) return out;
    const order = this.callOrder(module);
    const callOfChild = (m: ModuleInfo) => call.children.find(c => c.module === m);
    for (const layer of lost) {
      const sequence = order ?? module.children;
      const at = sequence.indexOf(layer);
      const next = sequence.slice(at + 1).map(callOfChild).find(Boolean);
      const previous = sequence.slice(0, at).reverse().map(callOfChild).find(Boolean);
      const shape = this.callShape(layer);
      const fits = (v: Value) => !!shape && v.info?.shape.join() === shape.join();
      const chain = this.chainFrom(call, previous, next).filter(fits);
      // Off the chain (nanoGPT's attn_dropout on the attention weights, between two matmuls): the last value of its shape computed in between.
      const between = chain.length > 0 ? [] : this.computedBetween(call, previous, next).filter(fits);
      const target = [...chain, ...between].pop() ?? next?.inputs[0] ?? previous?.outputs[0];
      if (target) out.set(target, [...(out.get(target) ?? []), { module: layer, before: next }]);
    }
    return out;
  }

  /** Values from `previous`'s output (or the call's input) through nodes with a single data input, stopping at `next`. */
  private chainFrom(call: CallInstance, previous?: CallInstance, next?: CallInstance): Value[] {
    let value: Value | undefined = previous ? (previous.outputs.length === 1 ? previous.outputs[0] : undefined) : call.inputs[0];
    const chain: Value[] = [];
    const inCall = new Set(call.direct);
    while (value && chain.length <= call.nodes.length) {
      chain.push(value);
      const consumers: Node[] = value.consumers.filter(c => this.options.structure.callOf.has(c));
      if (consumers.length !== 1 || !inCall.has(consumers[0]) || (next && next.nodes.includes(consumers[0]))) break;
      const node = consumers[0];
      // Other inputs computed from constants alone (a slice of a buffer) do not end the chain; a second data branch does.
      const branches = node.inputs.filter(v => v && v !== value && this.dependsOnInputs(v));
      value = branches.length === 0 && node.outputs.length >= 1 && !this.options.statuses.get(node)?.folded ? node.outputs[0] : undefined;
    }
    return chain;
  }

  /** Outputs of the call's own nodes after `previous` ran and before `next` runs, in graph order. */
  private computedBetween(call: CallInstance, previous?: CallInstance, next?: CallInstance): Value[] {
    const position = new Map(call.nodes.map((node, i) => [node, i]));
    const start = previous ? Math.max(...previous.nodes.map(n => position.get(n) ?? -1)) : -1;
    const end = next ? Math.min(...next.nodes.map(n => position.get(n) ?? Infinity)) : Infinity;
    return call.direct
      .filter(node => position.get(node)! > start && position.get(node)! < end && !this.options.statuses.get(node)?.folded)
      .flatMap(node => node.outputs.filter(v => !v.constant && v.consumers.length > 0));
  }

  private readonly dataDependent = new Map<Value, boolean>();

  /** True when the value is computed from a graph input (not from constants alone). */
  private dependsOnInputs(value: Value): boolean {
    let known = this.dataDependent.get(value);
    if (known === undefined) {
      this.dataDependent.set(value, false);
      known = !value.constant && (!value.producer || value.producer.inputs.some(v => !!v && this.dependsOnInputs(v)));
      this.dataDependent.set(value, known);
    }
    return known;
  }

  /** The module's direct children in the order the tree's `calls` saw them (undefined without that information). */
  private callOrder(module: ModuleInfo): ModuleInfo[] | undefined {
    const calls = this.options.tree?.calls;
    if (!calls) return undefined;
    const children = new Map(module.children.map(c => [c.path, c]));
    const order: ModuleInfo[] = [];
    for (const entry of calls) {
      const child = children.get(entry.module);
      if (child && !order.includes(child)) order.push(child);
    }
    return order.length > 0 ? order : undefined;
  }

  private callShape(layer: ModuleInfo): number[] | undefined {
    return this.options.tree?.calls?.find(c => c.module === layer.path)?.input_shapes?.[0];
  }
}
