/**
 * The shared oracle of the op tests: converts a small model, and checks what
 * every conversion must satisfy (no placeholder, Python that parses, only
 * MindSpore APIs and keywords that exist in 2.6) before the test looks at the
 * specifics (the inferred output shapes, the emitted code).
 */
import { convertOnnx, GraphConversion, validateSource } from '../../../../src/converter';
import { analyzeOnnx } from '../../../../src/converter/graph/convert';
import { nodePythonParser } from '../../../../src/node/assets';
import { InitializerSpec, ModelSpec, NodeSpec, onnxModel, TensorSpec } from './onnxModel';

export interface OpResult {
  conversion: GraphConversion;
  code: string;
  /** Inferred output shapes of the graph outputs. */
  shapes: number[][];
  dtypes: string[];
}

/** Parse errors and validator issues of generated code (empty when it is sound). */
export async function codeProblems(code: string): Promise<string[]> {
  const parser = await nodePythonParser();
  const tree = parser.parse(code);
  try {
    const problems: string[] = [];
    if (tree.rootNode.hasError) problems.push('tree-sitter found a syntax error');
    for (const issue of validateSource(parser, code)) problems.push(`line ${issue.line}: ${issue.message}`);
    return problems;
  } finally {
    tree.delete();
  }
}

export async function convertModel(spec: ModelSpec, options: { allowPlaceholders?: boolean } = {}): Promise<OpResult> {
  const bytes = onnxModel(spec);
  const conversion = convertOnnx(bytes, { modelName: 'model' });
  if (!options.allowPlaceholders && conversion.placeholders > 0) {
    const notes = conversion.report.entries.filter(e => e.kind === 'unconvert').map(e => `${e.original}: ${e.note}`);
    throw new Error(`placeholders in the conversion: ${notes.join('; ')}\n${conversion.code}`);
  }
  const problems = await codeProblems(conversion.code);
  if (problems.length > 0) throw new Error(`${problems.join('\n')}\n${conversion.code}`);
  const { graph } = analyzeOnnx(bytes);
  return {
    conversion,
    code: conversion.code,
    shapes: graph.outputs.map(v => v.info?.shape ?? []),
    dtypes: graph.outputs.map(v => v.info?.dtype ?? '?')
  };
}

export interface OpCase {
  op: string;
  opset?: number;
  /** Graph inputs (fed to the node in order, unless `nodeInputs` says otherwise). */
  inputs: TensorSpec[];
  initializers?: InitializerSpec[];
  /** The node's inputs by name (default: graph inputs then initializers, in order). */
  nodeInputs?: string[];
  attrs?: NodeSpec['attrs'];
  outputs?: number;
  /** The node's name; torch-style scope names make it a module of its own. */
  name?: string;
}

/** One node of `op` between the given inputs and `outputs` graph outputs (result, result1, ...). */
export async function convertOp(c: OpCase, options: { allowPlaceholders?: boolean } = {}): Promise<OpResult> {
  const outputs = Array.from({ length: c.outputs ?? 1 }, (_, i) => (i === 0 ? 'result' : `result${i}`));
  const inputs = c.nodeInputs ?? [...c.inputs.map(i => i.name), ...(c.initializers ?? []).map(i => i.name)];
  return convertModel({
    opset: c.opset,
    inputs: c.inputs,
    outputs: outputs.map(name => ({ name })),
    initializers: c.initializers,
    nodes: [{ op: c.op, inputs, outputs, attrs: c.attrs, name: c.name }]
  }, options);
}

/** The construct line that holds `fragment` (trimmed), for assertions on the emitted call. */
export function lineWith(code: string, fragment: string): string {
  const line = code.split('\n').find(l => l.includes(fragment));
  if (!line) throw new Error(`no line contains ${fragment}:\n${code}`);
  return line.trim().replace(/\s+#.*$/, '');
}

export const f32 = (name: string, shape: number[]): TensorSpec => ({ name, shape, dtype: 'float32' });
export const i64 = (name: string, shape: number[]): TensorSpec => ({ name, shape, dtype: 'int64' });
export const weights = (name: string, dims: number[], values?: number[]): InitializerSpec => ({ name, dims, values });
export const ints = (name: string, values: number[]): InitializerSpec => ({ name, dims: [values.length], dtype: 'int64', values });
