import { DType } from '../onnx/dtypes';
import { AttributeProto, GraphProto } from '../onnx/types';
import { Attributes } from './attributes';
import { ConstTensor } from './tensor';

/** Static type of a tensor value. A dim of -1 is unknown (data-dependent). */
export interface TensorInfo {
  dtype: DType;
  shape: number[];
}

/** One tensor in the graph: a graph input, an initializer, or a node output. */
export class Value {
  /** Set when the value is known at conversion time (initializer, Constant, folded). */
  constant?: ConstTensor;
  info?: TensorInfo;
  producer?: Node;
  readonly consumers: Node[] = [];
  /** Set on the graph's outputs. */
  isGraphOutput = false;
  /** Set on initializer values (their name is the PyTorch state-dict name when the exporter kept it). */
  initializer?: string;
  /** A constant computed from another by a layout change (Transpose of a weight): code can apply it to the original. */
  derivedFrom?: { source: Value; perm: number[] };

  constructor(readonly name: string) {}

  get isConstant(): boolean {
    return this.constant !== undefined;
  }

  /** Read by a node or returned by the graph. */
  get used(): boolean {
    return this.isGraphOutput || this.consumers.length > 0;
  }
}

export class Node {
  readonly attrs: Attributes;

  constructor(
    /** Position in the file's node list (topological order). */
    readonly index: number,
    readonly name: string,
    readonly opType: string,
    readonly domain: string,
    attributes: AttributeProto[],
    readonly inputs: (Value | undefined)[],
    readonly outputs: Value[]
  ) {
    this.attrs = new Attributes(this, attributes);
  }

  /** A readable identification for messages: `Conv '/layer1/layer1.0/conv1/Conv'`. */
  get label(): string {
    return this.name ? `${this.opType} '${this.name}'` : `${this.opType} (node ${this.index})`;
  }

  /** The subgraphs held in attributes (If, Loop, Scan). */
  get subgraphs(): GraphProto[] {
    return this.attrs.graphs();
  }
}

export class Graph {
  constructor(
    readonly name: string,
    readonly nodes: Node[],
    readonly inputs: Value[],
    readonly outputs: Value[],
    readonly values: Map<string, Value>,
    /** Version of the default ('' / ai.onnx) opset. */
    readonly opset: number,
    readonly producer: string
  ) {}
}
