/**
 * The body of one generated cell, from one call of its module: the data flow
 * of the nodes that ran in the module's own forward and the calls of its
 * sub-modules, as `construct` lines, plus what __init__ needs for them
 * (layers of functional ops that carry weights, constants kept as parameters).
 */
import { Graph, Node, Value } from '../ir/graph';
import { NodeStatus } from '../ir/infer';
import { ArgExpr, Emission, UnsupportedError } from '../ops/types';
import { ConstantParams, isInlinable, tensorLiteral } from './constants';
import { CheckpointParam, ClassInstance, InitEntry, Line, ModuleLayer } from './model';
import { LocalNames } from './naming';
import { placeholderCall } from './placeholder';
import { cellAttr, cellPath, identifier } from './python';
import { CallInstance, ModuleInfo } from './scopes';
import { layerCheckpoint } from './checkpointParams';

export type ModuleKind =
  | { kind: 'layer'; layer: ModuleLayer; nodes: Node[] }
  | { kind: 'class'; instance: ClassInstance }
  | { kind: 'sequential'; children: ModuleInfo[] }
  | { kind: 'list'; children: ModuleInfo[] }
  | { kind: 'inline'; node: Node }
  | { kind: 'omitted'; reason: string };

export interface ConstructEnv {
  graph: Graph;
  statuses: Map<Node, NodeStatus>;
  kindOf(module: ModuleInfo): ModuleKind;
  trainable(value: Value): boolean;
  /** The constant is a tensor of the original model (its state dict): it stays a Parameter however small. */
  isModelTensor(value: Value): boolean;
  /** Node-less children (Dropout) to call on a value: decided by the restoration pass. */
  restored(call: CallInstance): Map<Value, RestoredLayer[]>;
}

/** A layer ONNX lost, applied to a value before the sibling call `before` (when known). */
export interface RestoredLayer {
  module: ModuleInfo;
  before?: CallInstance;
}

type Item = { node: Node; call?: undefined; order: number } | { call: CallInstance; node?: undefined; order: number };

const itemInputs = (item: Item): Value[] =>
  item.node ? (item.node.inputs.filter(v => v && !v.constant) as Value[]) : item.call.inputs;
const itemOutputs = (item: Item): Value[] => (item.node ? item.node.outputs : item.call.outputs);

/** Items (direct nodes, child calls) in an order where every input is computed first. */
function orderedItems(call: CallInstance, statuses: Map<Node, NodeStatus>): Item[] {
  const items: Item[] = [
    ...call.direct.filter(n => !statuses.get(n)?.folded).map(node => ({ node, order: node.index })),
    ...call.children.map(child => ({ call: child, order: Math.min(...child.nodes.map(n => n.index)) }))
  ].sort((a, b) => a.order - b.order);
  const producer = new Map<Value, Item>();
  items.forEach(item => itemOutputs(item).forEach(v => producer.set(v, item)));
  const done = new Set<Item>();
  const out: Item[] = [];
  const visit = (item: Item, depth: number) => {
    if (done.has(item) || depth > items.length) return;
    done.add(item);
    for (const v of itemInputs(item)) {
      const p = producer.get(v);
      if (p && p !== item) visit(p, depth + 1);
    }
    out.push(item);
  };
  items.forEach(item => visit(item, 0));
  return out;
}

/** `self.layer1[0]` for a module under `from`. */
export function accessor(from: ModuleInfo, to: ModuleInfo): string {
  const relative = from.path ? to.path.slice(from.path.length + 1) : to.path;
  return 'self' + relative.split('.').map(atom => (/^\d+$/.test(atom) ? `[${atom}]` : `.${cellAttr(atom)}`)).join('');
}

export function shapeComment(values: Value[]): string | undefined {
  const shapes = values.map(v => (v.info ? `(${v.info.shape.join(', ')}${v.info.shape.length === 1 ? ',' : ''})` : '?'));
  return shapes.length > 0 ? shapes.join(', ') : undefined;
}

export function buildConstruct(call: CallInstance, env: ConstructEnv, baseName: string): ClassInstance {
  const module = call.module;
  const names = new LocalNames();
  // Children that build nothing (never ran, or became inline expressions) leave their attribute free.
  const childAttrs = new Set(module.children.filter(c => !['omitted', 'inline'].includes(env.kindOf(c).kind)).map(c => c.attr));
  const init: InitEntry[] = [];
  const checkpoint: CheckpointParam[] = [];
  const taken = (name: string) => childAttrs.has(name) || init.some(e => e.attr === name);
  const constants = new ConstantParams(module.path, taken, env.trainable);
  const lines: Line[] = [];
  const inputs = names.parameters(call.inputs, !call.parent);
  const restored = env.restored(call);

  const items = orderedItems(call, env.statuses);
  const lastUse = new Map<Value, number>();
  items.forEach((item, i) => itemInputs(item).forEach(v => lastUse.set(v, i)));
  call.outputs.forEach(v => lastUse.set(v, Infinity));

  const constantExpr = (value: Value): string => {
    const tensor = value.constant!;
    if (env.isModelTensor(value)) return constants.expression(value);
    if (isInlinable(tensor)) return tensorLiteral(tensor);
    const derived = value.derivedFrom;
    if (derived && !isInlinable(tensor)) {
      const source = constantExpr(derived.source);
      return derived.perm.length === 2 && derived.perm[0] === 1 ? `${source}.T` : `ops.transpose(${source}, (${derived.perm.join(', ')}))`;
    }
    return constants.expression(value);
  };
  // Constant inputs get their expression (and, when large, their parameter) only if the emission uses it.
  const argsOf = (node: Node): ArgExpr[] =>
    node.inputs.map(v => {
      if (!v) return { expr: 'None' };
      if (!v.constant) return { expr: names.get(v) };
      let text: string | undefined;
      return {
        constant: v.constant,
        get expr() {
          text ??= constantExpr(v);
          return text;
        }
      };
    });

  /** Names the outputs; `x = f(x)` when the first input dies here and there is one output. */
  const assign = (outputs: Value[], index: number, firstInput: Value | undefined, base: string): string => {
    const used = outputs.filter(v => v.consumers.length > 0 || call.outputs.includes(v));
    const dies = (name: string) => names.valuesNamed(name).every(v => (lastUse.get(v) ?? -1) <= index);
    if (outputs.length === 1 && firstInput && names.has(firstInput) && lastUse.get(firstInput) === index && dies(names.get(firstInput))) {
      names.reuse(outputs[0], names.get(firstInput));
      return names.get(firstInput);
    }
    const targets = outputs.map(v => (used.includes(v) ? names.fresh(v, base) : '_'));
    return targets.join(', ');
  };

  const emitLine = (line: Line) => lines.push(line);
  /** Inputs of a sibling call replaced by a restored layer's output (the value itself has other uses). */
  const overrides = new Map<CallInstance, Map<Value, string>>();
  const emitRestored = (value: Value) => {
    for (const { module: layer, before } of restored.get(value) ?? []) {
      const name = names.get(value);
      const liveConsumers = value.consumers.filter(c => call.nodes.includes(c));
      const otherUses = liveConsumers.length > 1 || call.outputs.includes(value);
      const label = layer.torchClass ?? layer.attr;
      if (before && otherUses && liveConsumers.some(c => before.nodes.includes(c))) {
        const fresh = names.fresh(new Value(`${value.name}:${layer.path}`), layer.attr);
        emitLine({ code: `${fresh} = ${accessor(module, layer)}(${name})`, nodes: [], restored: label });
        overrides.set(before, new Map([...(overrides.get(before) ?? []), [value, fresh]]));
      } else {
        emitLine({ code: `${name} = ${accessor(module, layer)}(${name})`, nodes: [], restored: label });
      }
    }
  };
  call.inputs.forEach(emitRestored);

  items.forEach((item, index) => {
    const outputs = itemOutputs(item);
    if (item.call) {
      const child = item.call;
      const kind = env.kindOf(child.module);
      const replaced = overrides.get(child);
      const args = child.inputs.map(v => replaced?.get(v) ?? names.get(v));
      if (kind.kind === 'inline') {
        emitNode(kind.node, index, child.module.attr);
        return;
      }
      const hint = /^\d+$/.test(child.module.attr) && child.module.parent ? `${child.module.parent.attr}_${child.module.attr}` : child.module.attr;
      const unpack = kind.kind === 'layer' ? kind.layer.unpack : undefined;
      let target = assign(outputs, index, unpack ? undefined : child.inputs[0], hint);
      let suffix = '';
      let shown = outputs;
      if (unpack) {
        const unpacked = unpack(target.split(', '));
        ({ target, suffix } = unpacked);
        shown = unpacked.order.map(i => outputs[i]);
      }
      const callArgs = kind.kind === 'layer' && kind.layer.callArgs ? kind.layer.callArgs(args.map(expr => ({ expr }))) : args;
      emitLine({
        code: `${target} = ${accessor(module, child.module)}(${callArgs.join(', ')})${suffix}`,
        comment: shapeComment(shown),
        nodes: kind.kind === 'layer' ? kind.nodes : [],
        api: kind.kind === 'layer' ? kind.layer.api : undefined
      });
    } else {
      emitNode(item.node, index, 'out');
    }
    outputs.filter(v => names.has(v)).forEach(emitRestored);
  });

  function emitNode(node: Node, index: number, base: string): void {
    const status = env.statuses.get(node)!;
    const firstInput = node.inputs.find(v => v && !v.constant);
    let emission: Emission | undefined;
    let problem = status.problem;
    if (!problem && status.mapper) {
      try {
        emission = status.mapper.emit(status.view);
      } catch (error) {
        problem = error instanceof UnsupportedError ? error.message : `internal error: ${(error as Error).message}`;
      }
    }
    const args = argsOf(node);
    const produced = emission ? emission.tupleSize ?? 1 : 0;
    const dropped = node.outputs.findIndex((v, i) => i >= produced && (v.used || call.outputs.includes(v)));
    if (emission && dropped >= 0) {
      problem = `output ${dropped} ('${node.outputs[dropped].name}') is not produced by the conversion`;
      emission = undefined;
    }
    if (!emission) {
      const target = assign(node.outputs, index, undefined, base);
      emitLine({
        code: `${target} = ${placeholderCall(node, args)}`,
        comment: `[UnConvert] ${node.opType}: ${problem ?? 'not converted'}`,
        nodes: [node],
        unconverted: problem ?? 'not converted'
      });
      return;
    }
    let text: string;
    if (emission.kind === 'layer') {
      const attr = layerAttr(node);
      const params = layerCheckpoint(module.path ? `${module.path}.${attr}` : attr, emission.layer.params);
      init.push({ attr, ctor: { kind: 'call', callee: emission.layer.cls, args: emission.layer.args, checkpoint: params }, nodes: [node] });
      const callArgs = emission.callArgs ? emission.callArgs(args) : emission.inputs.map(i => args[i].expr);
      text = `self.${attr}(${callArgs.join(', ')})`;
    } else {
      text = emission.expr(args);
      if (node.outputs.length === 1 && firstInput && text === names.get(firstInput)) {
        names.alias(node.outputs[0], text);
        return;
      }
    }
    const returned = node.outputs.slice(0, emission.tupleSize ?? 1);
    let target = assign(returned, index, emission.tupleSize ? undefined : firstInput, base);
    const first = target.split(', ')[0];
    if (emission.tupleSize && target.split(', ').filter(t => t !== '_').length === 1 && !target.startsWith('_')) {
      target = first;
      text = `${text}[0]`;
    } else if (emission.kind === 'layer' && emission.target) {
      target = emission.target(target.split(', '));
    }
    emitLine({ code: `${target} = ${text}`, comment: shapeComment(returned), nodes: [node], api: emission.api });
    if (emission.kind === 'layer' && emission.relayout && first !== '_') {
      emitLine({ code: `${first} = ${emission.relayout(first)}`, comment: shapeComment(node.outputs.slice(0, 1)), nodes: [] });
    }
  }

  function layerAttr(node: Node): string {
    const weight = node.inputs.find(v => v?.initializer && v.name.includes('.'));
    const prefix = module.path ? `${module.path}.` : '';
    let base = weight && weight.name.startsWith(prefix) ? weight.name.slice(prefix.length).replace(/\.[^.]*$/, '') : node.opType.toLowerCase();
    base = identifier(base, 'layer');
    let attr = base;
    for (let i = 1; taken(attr); i++) attr = `${base}_${i}`;
    return attr;
  }

  const returns = call.outputs.map(v => (v.constant ? constantExpr(v) : names.get(v)));
  lines.push({ code: `return ${returns.join(', ')}`, nodes: [] });

  for (const param of constants.params) {
    init.push({ attr: param.attr, ctor: { kind: 'parameter', shape: param.tensor.dims, dtype: param.tensor.dtype, trainable: param.trainable }, nodes: [] });
    const name = module.path ? `${cellPath(module.path)}.${param.attr}` : param.attr;
    checkpoint.push({ name, value: param.value, tensor: () => param.tensor, shape: param.tensor.dims, dtype: param.tensor.dtype });
  }
  return { module, baseName, init, inputs, lines, checkpoint };
}
