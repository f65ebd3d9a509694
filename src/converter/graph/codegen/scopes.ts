/**
 * Recovers the original module structure from ONNX node names. The torch
 * exporter names nodes after the module scopes they ran in:
 * `/layer1/layer1.0/conv1/Conv` is a Conv inside module `layer1.0.conv1`; each
 * component is the module's name from its last non-numeric atom, and a second
 * call of the same module gets a `_1` suffix (`relu_1`). With a module tree,
 * names are checked against the real modules; without one, the structure is
 * inferred from the names alone.
 */
import { Graph, Node, Value } from '../ir/graph';
import { ModuleTree } from './moduleTree';

export interface ModuleInfo {
  /** Qualified name, '' for the root. */
  path: string;
  /** Attribute name in the parent (`conv1`, `0`). */
  attr: string;
  parent?: ModuleInfo;
  children: ModuleInfo[];
  /** From the module tree. */
  torchClass?: string;
  hyper?: Record<string, unknown>;
  calls: CallInstance[];
}

export interface CallInstance {
  module: ModuleInfo;
  /** 0 for the first call of the module, 1 for `name_1`, ... */
  index: number;
  parent?: CallInstance;
  /** Nested calls, in order of their first node. */
  children: CallInstance[];
  /** Nodes that ran directly in this module's forward (functional ops). */
  direct: Node[];
  /** Every node inside, including nested calls, in graph order. */
  nodes: Node[];
  /** Tensors read from outside / produced for outside, in order of first use / production. */
  inputs: Value[];
  outputs: Value[];
}

export interface ModuleStructure {
  root: ModuleInfo;
  modules: Map<string, ModuleInfo>;
  rootCall: CallInstance;
  /** The innermost call each live node belongs to. */
  callOf: Map<Node, CallInstance>;
}

/** The scope components of a torch-exported node name, or [] when the name carries none. */
export function scopeComponents(name: string): string[] {
  if (!name.startsWith('/')) return [];
  const parts = name.split('/').slice(1, -1);
  return parts.every(p => p.length > 0) ? parts : [];
}

const joinPath = (parent: string, atoms: string[]) => [parent, ...atoms].filter(Boolean).join('.');

/** The path a component names under `parent`: `layer1.0` under `layer1` is `layer1.0`, `conv1` under `layer1.0` is `layer1.0.conv1`. */
function resolveComponent(parent: string, component: string): string {
  const atoms = component.split('.');
  const parentAtoms = parent ? parent.split('.') : [];
  for (let j = Math.min(atoms.length - 1, parentAtoms.length); j >= 1; j--) {
    const tail = parentAtoms.slice(parentAtoms.length - j);
    if (tail.every((atom, i) => atom === atoms[i])) {
      return joinPath(parent, atoms.slice(j));
    }
  }
  return joinPath(parent, atoms);
}

/** `flat` ignores scope names: every node in the root (the fallback when names do not describe calls). */
export function buildStructure(graph: Graph, live: Node[], tree?: ModuleTree, flat = false): ModuleStructure {
  const modules = new Map<string, ModuleInfo>();
  const root: ModuleInfo = { path: '', attr: '', children: [], calls: [], torchClass: tree?.modules['']?.class, hyper: tree?.modules['']?.params };
  modules.set('', root);
  const ensureModule = (path: string): ModuleInfo => {
    let info = modules.get(path);
    if (info) return info;
    const cut = path.lastIndexOf('.');
    const parent = ensureModule(cut < 0 ? '' : path.slice(0, cut));
    const entry = tree?.modules[path];
    info = { path, attr: path.slice(cut + 1), parent, children: [], calls: [], torchClass: entry?.class, hyper: entry?.params };
    parent.children.push(info);
    modules.set(path, info);
    return info;
  };
  if (tree) {
    const visit = (path: string) => {
      for (const child of tree.modules[path]?.children ?? []) {
        const childPath = joinPath(path, [child]);
        if (tree.modules[childPath]) {
          ensureModule(childPath);
          visit(childPath);
        }
      }
    };
    visit('');
  }

  // Components seen under each raw parent prefix: a `name_N` is a repeated call of `name` when `name` is seen too.
  const seen = new Set<string>();
  const scopes = live.map(node => (flat ? [] : scopeComponents(node.name)));
  for (const components of scopes) {
    let raw = '';
    components.forEach((c, i) => {
      seen.add(`${raw}|${c}`);
      raw = i === 0 ? c : `${raw}/${c}`;
    });
  }

  const rootCall: CallInstance = newCall(root, 0);
  root.calls.push(rootCall);
  const callOf = new Map<Node, CallInstance>();
  // The call a scope prefix (`layer1/layer1.0`) resolves to, and its module's path: nodes of one module share them.
  const resolved = new Map<string, { call: CallInstance; path: string }>();
  live.forEach((node, k) => {
    let call = rootCall;
    let path = '';
    let raw = '';
    scopes[k].forEach((component, i) => {
      const prefix = i === 0 ? component : `${raw}/${component}`;
      let step = resolved.get(prefix);
      if (!step) {
        const { module, index } = resolveCall(path, component, raw);
        step = { call: childCall(call, ensureModule(module), index), path: module };
        resolved.set(prefix, step);
      }
      ({ call, path } = step);
      raw = prefix;
    });
    callOf.set(node, call);
    call.direct.push(node);
    for (let c: CallInstance | undefined = call; c; c = c.parent) c.nodes.push(node);
  });

  function resolveCall(parent: string, component: string, rawParent: string): { module: string; index: number } {
    const suffix = /^(.*)_(\d+)$/.exec(component);
    const plain = resolveComponent(parent, component);
    if (suffix) {
      const base = resolveComponent(parent, suffix[1]);
      const repeated = tree ? !!tree.modules[base] && !tree.modules[plain] : seen.has(`${rawParent}|${suffix[1]}`);
      if (repeated) return { module: base, index: Number(suffix[2]) };
      const contained = tree && !tree.modules[plain] ? throughContainer(parent, suffix[1]) : undefined;
      if (contained) return { module: contained, index: Number(suffix[2]) };
    }
    const contained = tree && !tree.modules[plain] ? throughContainer(parent, component) : undefined;
    return { module: contained ?? plain, index: 0 };
  }

  /**
   * A module reached through a container that is never called (nanoGPT's
   * `self.transformer.wte(idx)`, `self.transformer.h` a ModuleList in a
   * ModuleDict): torch names the scope `wte` / `h.0`, the module is
   * `transformer.wte` / `transformer.h.0`. The one module under `parent` ending so.
   */
  function throughContainer(parent: string, component: string): string | undefined {
    const prefix = parent ? `${parent}.` : '';
    const found = Object.keys(tree!.modules).filter(path => path.startsWith(prefix) && path.endsWith(`.${component}`) && path.length > prefix.length + component.length + 1);
    const called = new Set((tree!.calls ?? []).map(c => c.module));
    const viaContainers = found.filter(path => {
      const middle = path.slice(prefix.length, path.length - component.length - 1).split('.');
      return middle.every((_, i) => !called.has(prefix + middle.slice(0, i + 1).join('.')));
    });
    return viaContainers.length === 1 ? viaContainers[0] : undefined;
  }

  computeBoundaries(rootCall, callOf, graph);
  return { root, modules, rootCall, callOf };
}

function newCall(module: ModuleInfo, index: number, parent?: CallInstance): CallInstance {
  return { module, index, parent, children: [], direct: [], nodes: [], inputs: [], outputs: [] };
}

function childCall(parent: CallInstance, module: ModuleInfo, index: number): CallInstance {
  let call = parent.children.find(c => c.module === module && c.index === index);
  if (!call) {
    call = newCall(module, index, parent);
    parent.children.push(call);
    module.calls.push(call);
  }
  return call;
}

/** Inputs and outputs of every call instance, from the data flow across its boundary. */
function computeBoundaries(rootCall: CallInstance, callOf: Map<Node, CallInstance>, graph: Graph): void {
  // Each call's span in a depth-first numbering: a node is within a call when its own call's number falls in the span.
  const spans = new Map<CallInstance, { first: number; last: number }>();
  const number = (call: CallInstance, first: number): number => {
    let last = first;
    for (const child of call.children) last = number(child, last + 1);
    spans.set(call, { first, last });
    return last;
  };
  number(rootCall, 0);
  const within = (call: CallInstance, node: Node): boolean => {
    const own = callOf.get(node);
    if (!own) return false;
    const span = spans.get(call)!;
    const at = spans.get(own)!.first;
    return span.first <= at && at <= span.last;
  };
  const graphOutputs = new Set(graph.outputs);
  const visit = (call: CallInstance): void => {
    if (call.parent) {
      const inputs = new Set<Value>();
      const outputs = new Set<Value>();
      for (const node of call.nodes) {
        for (const value of node.inputs) {
          if (value && !value.constant && !(value.producer && within(call, value.producer))) inputs.add(value);
        }
        for (const value of node.outputs) {
          if (value.constant) continue;
          if (graphOutputs.has(value) || value.consumers.some(c => callOf.has(c) && !within(call, c))) outputs.add(value);
        }
      }
      call.inputs = [...inputs];
      call.outputs = [...outputs];
    } else {
      call.inputs = graph.inputs.slice();
      call.outputs = graph.outputs.slice();
    }
    call.children.forEach(visit);
  };
  visit(rootCall);
}
