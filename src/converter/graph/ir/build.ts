import { GraphError } from '../errors';
import { DType, dtypeOfOnnx } from '../onnx/dtypes';
import { ExternalDataResolver, tensorBytes, tensorDims, tensorDType } from '../onnx/decode';
import { int64, ModelProto, TensorProto, TypeProto, ValueInfo } from '../onnx/types';
import { Graph, Node, TensorInfo, Value } from './graph';
import { ConstTensor } from './tensor';

export interface BuildOptions {
  /** One shape per graph input; a 3-value shape for a rank-4 input gets batch 1 prepended. */
  shapes?: number[][];
  externalData?: ExternalDataResolver;
  /** Where facts about the input (symbolic dims defaulted to 1, ...) are reported. */
  warn?: (subject: string, message: string) => void;
}

/** The model's opset for the default domain. */
export function defaultOpset(model: ModelProto): number {
  const entry = model.opsetImport.find(o => o.domain === '' || o.domain === 'ai.onnx');
  if (!entry) {
    throw new GraphError('the ONNX model imports no version of the default (ai.onnx) opset');
  }
  return int64(entry.version);
}

export function constantFromTensor(tensor: TensorProto, external?: ExternalDataResolver): ConstTensor {
  const dtype = tensorDType(tensor);
  const dims = tensorDims(tensor);
  return ConstTensor.fromBytes(dtype, dims, tensorBytes(tensor, dtype, dims, external));
}

/** The static type written in a ValueInfo (dims: numbers, symbolic dims as -1), if any. */
export function declaredInfo(type: TypeProto | undefined): { dtype?: DType; shape?: (number | string)[] } {
  const tensorType = type?.tensorType;
  if (!tensorType) return {};
  const dtype = dtypeOfOnnx(tensorType.elemType);
  // A dim is a value only when dim_value was written (0 is a valid size); unset fields read as defaults.
  const has = (d: object, field: string) => Object.prototype.hasOwnProperty.call(d, field);
  const shape = tensorType.shape?.dim.map(d => (d.dimParam ? d.dimParam : has(d, 'dimValue') ? int64(d.dimValue) : '?'));
  return { dtype, shape };
}

/**
 * Builds the graph IR: one Value per tensor name, initializers as constants
 * (views into the file), nodes in topological order (sorted if the file's
 * order is not), graph inputs typed from the given shapes or the model's dims.
 */
export function buildGraph(model: ModelProto, options: BuildOptions = {}): Graph {
  const proto = model.graph!;
  const opset = defaultOpset(model);
  const values = new Map<string, Value>();
  const valueOf = (name: string) => {
    let value = values.get(name);
    if (!value) {
      value = new Value(name);
      values.set(name, value);
    }
    return value;
  };

  for (const tensor of proto.initializer) {
    const value = valueOf(tensor.name);
    value.constant = constantFromTensor(tensor, options.externalData);
    value.initializer = tensor.name;
    value.info = { dtype: value.constant.dtype, shape: value.constant.dims };
  }

  const inputs = proto.input.filter(input => !values.get(input.name)?.constant).map(input => valueOf(input.name));
  typeInputs(proto.input.filter(input => !values.get(input.name)?.constant), inputs, options);

  const produced = new Set<string>([...values.keys()]);
  const nodes = proto.node.map((nodeProto, index) => {
    const nodeInputs = nodeProto.input.map(name => (name === '' ? undefined : valueOf(name)));
    const outputs = nodeProto.output.map((name, i) => {
      const value = valueOf(name === '' ? `${nodeProto.name || nodeProto.opType}:unused${i}:${index}` : name);
      if (produced.has(value.name)) {
        throw new GraphError(`tensor '${value.name}' is produced twice (by ${nodeProto.opType} '${nodeProto.name}' and earlier)`);
      }
      produced.add(value.name);
      return value;
    });
    const node = new Node(index, nodeProto.name, nodeProto.opType, nodeProto.domain === 'ai.onnx' ? '' : nodeProto.domain, nodeProto.attribute, nodeInputs, outputs);
    outputs.forEach(value => (value.producer = node));
    nodeInputs.forEach(value => value?.consumers.push(node));
    return node;
  });

  for (const node of nodes) {
    for (const input of node.inputs) {
      if (input && !produced.has(input.name)) {
        throw new GraphError(`${node.label} reads tensor '${input.name}', which no node, input or initializer provides`);
      }
    }
  }

  for (const info of proto.valueInfo) {
    const value = values.get(info.name);
    if (value && !value.info) {
      declared.set(value, info);
    }
  }

  const outputs = proto.output.map(output => {
    const value = values.get(output.name);
    if (!value || !produced.has(output.name)) {
      throw new GraphError(`graph output '${output.name}' is not produced by any node`);
    }
    declared.set(value, output);
    value.isGraphOutput = true;
    return value;
  });

  return new Graph(proto.name, topologicalOrder(nodes), inputs, outputs, values, opset, `${model.producerName} ${model.producerVersion}`.trim());
}

/** Declared (value_info / graph output) types, used where inference has nothing better. */
export const declared = new WeakMap<Value, ValueInfo>();

export function declaredType(value: Value): TensorInfo | undefined {
  const info = declared.get(value);
  if (!info) return undefined;
  const { dtype, shape } = declaredInfo(info.type);
  if (!dtype || !shape) return undefined;
  return { dtype, shape: shape.map(d => (typeof d === 'number' ? d : -1)) };
}

function typeInputs(protos: ValueInfo[], inputs: Value[], options: BuildOptions): void {
  const shapes = options.shapes;
  if (shapes && shapes.length > 0 && shapes.length !== inputs.length) {
    throw new GraphError(
      `the model has ${inputs.length} input${inputs.length === 1 ? '' : 's'} (${inputs.map(v => v.name).join(', ')}) but ${shapes.length} shape${shapes.length === 1 ? ' was' : 's were'} given`
    );
  }
  protos.forEach((proto, i) => {
    const { dtype, shape: declaredShape } = declaredInfo(proto.type);
    if (!dtype) {
      throw new GraphError(`graph input '${proto.name}' is not a tensor of a supported element type`);
    }
    let shape: number[];
    const given = shapes?.[i];
    if (given) {
      if (given.some(d => !Number.isSafeInteger(d) || d <= 0)) {
        throw new GraphError(`the shape given for input '${proto.name}' must be positive integers, got [${given.join(', ')}]`);
      }
      shape = given.length === 3 && declaredShape?.length !== 3 ? [1, ...given] : [...given];
      if (declaredShape && declaredShape.length !== shape.length) {
        throw new GraphError(`input '${proto.name}' has rank ${declaredShape.length} in the model, but the shape given is [${shape.join(', ')}]`);
      }
      declaredShape?.forEach((d, axis) => {
        if (typeof d === 'number' && d !== shape[axis]) {
          throw new GraphError(`input '${proto.name}' has dim ${d} on axis ${axis} in the model, but the shape given has ${shape[axis]}`);
        }
      });
    } else {
      if (!declaredShape) {
        throw new GraphError(`input '${proto.name}' has no shape in the model; give one with --shape`);
      }
      shape = declaredShape.map((d, axis) => {
        if (typeof d === 'number') return d;
        options.warn?.(proto.name, `input '${proto.name}' has the symbolic dim '${d}' on axis ${axis}; it is taken as 1 (give the shape to choose another)`);
        return 1;
      });
    }
    inputs[i].info = { dtype, shape };
  });
}

/** Kahn's algorithm, stable with respect to the file's order; a cycle is an error. */
function topologicalOrder(nodes: Node[]): Node[] {
  const pending = new Map<Node, number>();
  for (const node of nodes) {
    pending.set(node, node.inputs.filter(v => v?.producer).length);
  }
  let inOrder = true;
  const seen = new Set<Node>();
  for (const node of nodes) {
    if (node.inputs.some(v => v?.producer && !seen.has(v.producer))) {
      inOrder = false;
      break;
    }
    seen.add(node);
  }
  if (inOrder) return nodes;

  const ready = nodes.filter(n => pending.get(n) === 0);
  const order: Node[] = [];
  const queued = new Set(ready);
  while (ready.length > 0) {
    ready.sort((a, b) => a.index - b.index);
    const node = ready.shift()!;
    order.push(node);
    for (const output of node.outputs) {
      for (const consumer of output.consumers) {
        const left = pending.get(consumer)! - 1;
        pending.set(consumer, left);
        if (left === 0 && !queued.has(consumer)) {
          queued.add(consumer);
          ready.push(consumer);
        }
      }
    }
  }
  if (order.length !== nodes.length) {
    const stuck = nodes.find(n => !order.includes(n))!;
    throw new GraphError(`the graph has a cycle through ${stuck.label}`);
  }
  return order;
}
