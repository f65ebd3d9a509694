/**
 * The contract of one ONNX op mapper (one file per op type under ops/):
 * shape/dtype inference, optional constant evaluation, and the MindSpore code
 * the op becomes.
 */
import { DType } from '../onnx/dtypes';
import { Attributes } from '../ir/attributes';
import { Node, TensorInfo, Value } from '../ir/graph';
import { ConstTensor } from '../ir/tensor';
import { PyValue } from '../codegen/python';

export interface OpMapper {
  readonly opType: string;
  /** ONNX domain; '' (ai.onnx) when absent. */
  readonly domain?: string;
  /** The op's schema versions this mapper implements; lookup takes the highest one <= the model's opset. */
  readonly sinceVersions: readonly number[];
  /** What the mapper does not handle (rendered into docs/supported-ops.md). */
  readonly restrictions?: string;
  /** Output types from input types (and constant inputs). Throw UnsupportedError when it cannot. */
  infer(node: NodeView): TensorInfo[];
  /** Output values when every input is constant (small tensors only). */
  fold?(node: NodeView): ConstTensor[];
  /** fold() needs only the inputs' types, not their values (Shape, Size). */
  readonly foldsFromTypes?: boolean;
  /** Output 0 is input 0 under another name (Identity): a state-dict name the exporter gave an alias. */
  readonly aliasesInput?: boolean;
  /** fold() only changes the layout, so it also applies to constants too large to evaluate (Transpose, Reshape). */
  readonly foldsAnySize?: boolean;
  /** The MindSpore code for the node. */
  emit(node: NodeView): Emission;
  /** For layout-only ops on constants (Transpose): how output 0 derives from input 0, so code can keep the original weight. */
  derive?(node: NodeView): { perm: number[] };
}

/** A node the mapper recognises but cannot convert (an attribute value it does not handle, ...). */
export class UnsupportedError extends Error {}

export function unsupported(reason: string): never {
  throw new UnsupportedError(reason);
}

/** A parameter of a MindSpore layer and the ONNX constant that fills it. */
export interface ParamSpec {
  /** Attribute name inside the MindSpore layer: weight, bias, gamma, moving_mean, embedding_table, ... */
  name: string;
  value: Value;
  /** Rewrites the tensor for MindSpore's layout (the weight map records it). */
  transform?: { describe: string; apply(tensor: ConstTensor): ConstTensor };
  /** Shape MindSpore expects (after transform); defaults to the constant's dims. */
  shape?: number[];
  /** Buffers (moving statistics) are not trained. */
  trainable?: boolean;
}

/** A MindSpore layer built in __init__: `self.<attr> = cls(args..., kw=...)`. */
export interface LayerSpec {
  cls: string;
  /** Arguments in signature order; `positional` ones are written without their keyword. */
  args: Arg[];
  params: ParamSpec[];
}

export interface Arg {
  name: string;
  value: PyValue;
  positional?: boolean;
  /** MindSpore's default: the argument is left out where its value is the default (shared classes may still pass it). */
  default?: PyValue;
}

/**
 * What a node becomes. `call` is a functional expression over the input
 * expressions; `layer` is a sub-cell called with the inputs listed in `inputs`.
 * Tuple results name how many outputs the expression returns.
 */
export type Emission =
  | { kind: 'expr'; expr: (args: ArgExpr[]) => string; api: string; tupleSize?: number }
  | {
      kind: 'layer';
      layer: LayerSpec;
      inputs: number[];
      api: string;
      tupleSize?: number;
      /** The call's arguments when they are not just the listed inputs (e.g. an explicit pad first). */
      callArgs?: (args: ArgExpr[]) => string[];
      /** Rewrites output 0 after the call, into the layout ONNX gives it (`name = rewrite(name)`). */
      relayout?: (name: string) => string;
      /** The assignment target from the outputs' names when the call returns a nested tuple (`y, (h, c)`). */
      target?: (names: string[]) => string;
    };

/** An input as seen by emit: its Python expression and, for constants, its value. */
export interface ArgExpr {
  expr: string;
  constant?: ConstTensor;
}

/** Read-only view of a node for the mappers. */
export class NodeView {
  /** Set by code generation when the node is the whole of a torch module (nn.ReLU): a layer reads better than a call. */
  preferLayer = false;

  constructor(
    readonly node: Node,
    readonly opset: number
  ) {}

  get attrs(): Attributes {
    return this.node.attrs;
  }

  get inputCount(): number {
    return this.node.inputs.length;
  }

  get outputCount(): number {
    return this.node.outputs.length;
  }

  /** True when input i is given (optional inputs may be empty). */
  has(i: number): boolean {
    return this.node.inputs[i] !== undefined;
  }

  input(i: number): Value {
    const value = this.node.inputs[i];
    if (!value) {
      unsupported(`input ${i} is missing`);
    }
    return value;
  }

  info(i: number): TensorInfo {
    const info = this.input(i).info;
    if (!info) {
      unsupported(`the type of input ${i} ('${this.input(i).name}') is unknown`);
    }
    return info;
  }

  shape(i: number): number[] {
    return this.info(i).shape;
  }

  dtype(i: number): DType {
    return this.info(i).dtype;
  }

  rank(i: number): number {
    return this.info(i).shape.length;
  }

  /** The constant value of input i, if it is known at conversion time. */
  constant(i: number): ConstTensor | undefined {
    return this.node.inputs[i]?.constant;
  }

  /** Input i as constant integers; unsupported when it is computed at run time. */
  constInts(i: number, what: string): number[] {
    const value = this.constant(i);
    if (!value || !value.evaluable) {
      unsupported(`${what} (input ${i}) is computed at run time; only constant ${what} is supported`);
    }
    const values = value.toArray();
    // ONNX gives these as int64; anything else (a float tensor wired in) is not an index or a size.
    if (!values.every(Number.isInteger)) {
      unsupported(`${what} (input ${i}) holds values that are not integers`);
    }
    return values;
  }

  /** Optional constant integers: the attribute (older opsets) or the input (newer), else undefined. */
  intsFromAttrOrInput(attr: string, input: number, what: string): number[] | undefined {
    const fromAttr = this.attrs.ints(attr);
    if (fromAttr !== undefined) {
      return fromAttr;
    }
    return this.has(input) ? this.constInts(input, what) : undefined;
  }

  /** Output i's known type (available to emit after inference). */
  outputInfo(i: number): TensorInfo | undefined {
    return this.node.outputs[i]?.info;
  }
}
