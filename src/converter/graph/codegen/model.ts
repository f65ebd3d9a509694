/** The pieces generated code is assembled from: constructor expressions, lines, classes, checkpoint entries. */
import { DType } from '../onnx/dtypes';
import { Node, Value } from '../ir/graph';
import { ConstTensor } from '../ir/tensor';
import { Arg, ArgExpr, ParamSpec } from '../ops/types';
import type { ModuleInfo } from './scopes';

/** How a sub-cell or parameter is built in __init__. */
export type Ctor =
  | { kind: 'call'; callee: string; args: Arg[]; checkpoint?: CheckpointParam[] }
  | { kind: 'list'; callee: 'nn.SequentialCell' | 'nn.CellList'; items: Ctor[]; /** Child names when not 0, 1, ... (an OrderedDict). */ keys?: string[] }
  | { kind: 'instance'; instance: ClassInstance }
  | { kind: 'parameter'; shape: number[]; dtype: DType; trainable: boolean };

export interface InitEntry {
  attr: string;
  ctor: Ctor;
  /** Where this entry came from, for the report. */
  nodes: Node[];
}

export interface Line {
  code: string;
  comment?: string;
  /** The ONNX nodes this line converts (reported at its position). */
  nodes: Node[];
  /** The MindSpore API the nodes became (report text). */
  api?: string;
  /** Set for placeholder lines: why the node was not converted. */
  unconverted?: string;
  /** Set for layers restored from the module tree (ONNX had no node for them). */
  restored?: string;
}

/** A generated nn.Cell class as built for one module instance (before classes are shared). */
export interface ClassInstance {
  module: ModuleInfo;
  baseName: string;
  init: InitEntry[];
  inputs: string[];
  lines: Line[];
  /** Parameters of the cell's own layers and constants (sub-modules carry theirs). */
  checkpoint: CheckpointParam[];
  /** Filled by templating: the shared class and this instance's constructor arguments. */
  shared?: SharedClass;
  args?: import('./python').PyValue[];
}

export interface SharedClass {
  name: string;
  params: string[];
  instances: ClassInstance[];
  /** Slot index -> parameter name, or undefined when the slot is the same literal everywhere. */
  slotParams: (string | undefined)[];
}

/** A tensor of the checkpoint: its MindSpore name and where its bytes come from. */
export interface CheckpointParam {
  name: string;
  value: Value;
  spec?: ParamSpec;
  tensor(): ConstTensor;
  shape: number[];
  dtype: DType;
  transform?: string;
}

/** A MindSpore layer standing for a whole torch module (from a module mapper or a single op). */
export interface ModuleLayer {
  cls: string;
  args: Arg[];
  params: ParamSpec[];
  api: string;
  callArgs?: (args: ArgExpr[]) => string[];
  /** Number of values the layer returns when it is a tuple. */
  tupleSize?: number;
  /** How the call's result is unpacked into the call's outputs (nested tuples such as LSTM's (output, (h_n, c_n))). */
  unpack?: (names: string[]) => { target: string; suffix: string; /** Outputs in the order the target names them. */ order: number[] };
}
