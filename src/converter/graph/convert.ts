/**
 * Graph mode: ONNX bytes (plus, optionally, the module tree of the original
 * torch model) -> MindSpore nn.Cell source, a checkpoint, a weight map and a
 * report.
 */
import { Report, ReportEntry } from '../report';
import { checkpointParts, concatParts, writeCheckpoint } from './checkpoint/write';
import { buildWeightMap, isStateDictName, TIED, WeightMapJson } from './checkpoint/weightMap';
import { Cells } from './codegen/cells';
import { CheckpointParam, ClassInstance, Ctor } from './codegen/model';
import { checkModuleTree, ModuleTree } from './codegen/moduleTree';
import { className } from './codegen/python';
import { renderModule } from './codegen/render';
import { buildStructure } from './codegen/scopes';
import { shareClasses } from './codegen/templates';
import { GraphError } from './errors';
import { buildGraph } from './ir/build';
import { Graph, Node, Value } from './ir/graph';
import { inferGraph } from './ir/infer';
import { moduleRegistry } from './modules';
import { decodeModel, ExternalDataResolver } from './onnx/decode';
import { isFloat } from './onnx/dtypes';
import { int64, ModelProto } from './onnx/types';
import { defaultRegistry } from './ops';
import { graphReport } from './report';

export interface GraphOptions {
  /** Class name / file stem for the generated code. */
  modelName?: string;
  /** One shape per graph input; a 3-value shape gets batch 1 prepended. */
  shapes?: number[][];
  /** From the kernel-side exporter; restores the module structure and what ONNX loses. */
  moduleTree?: ModuleTree;
  /** Resolves ONNX external-data files. */
  externalData?: ExternalDataResolver;
}

export interface GraphConversion {
  code: string;
  report: Report;
  checkpoint: Uint8Array;
  weightMap: WeightMapJson;
  placeholders: number;
}

/** Nodes whose outputs reach a graph output (dead code and folded constants emit nothing). */
function liveNodes(graph: Graph): Node[] {
  const live = new Set<Node>();
  const stack = graph.outputs.filter(v => !v.constant && v.producer).map(v => v.producer!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (live.has(node)) continue;
    live.add(node);
    for (const input of node.inputs) {
      if (input && !input.constant && input.producer && !live.has(input.producer)) stack.push(input.producer);
    }
  }
  return graph.nodes.filter(node => live.has(node));
}

/** Class instances reachable from the root, children before parents. */
function reachable(root: ClassInstance): ClassInstance[] {
  const out: ClassInstance[] = [];
  const visitCtor = (ctor: Ctor) => {
    if (ctor.kind === 'instance') visit(ctor.instance);
    if (ctor.kind === 'list') ctor.items.forEach(visitCtor);
  };
  const visit = (instance: ClassInstance) => {
    if (out.includes(instance)) return;
    instance.init.forEach(entry => visitCtor(entry.ctor));
    out.push(instance);
  };
  visit(root);
  return out;
}

/** Checkpoint entries in network order: each cell's __init__ entries in turn, sub-cells depth first. */
function checkpointParams(root: ClassInstance): CheckpointParam[] {
  const params: CheckpointParam[] = [];
  const visitCtor = (ctor: Ctor, owner: ClassInstance, attr: string) => {
    if (ctor.kind === 'call') params.push(...(ctor.checkpoint ?? []));
    else if (ctor.kind === 'list') ctor.items.forEach(item => visitCtor(item, owner, attr));
    else if (ctor.kind === 'instance') visit(ctor.instance);
    else {
      const path = owner.module.path ? `${owner.module.path}.${attr}` : attr;
      params.push(...owner.checkpoint.filter(p => p.name === path));
    }
  };
  const visit = (instance: ClassInstance) => instance.init.forEach(entry => visitCtor(entry.ctor, instance, entry.attr));
  visit(root);
  const seen = new Set<string>();
  return params.filter(p => !seen.has(p.name) && seen.add(p.name));
}


/** Decoding, the graph IR and inference: what code generation starts from (tests look at it directly). */
export function analyzeOnnx(bytes: Uint8Array, options: GraphOptions = {}) {
  return analyzeModel(decodeModel(bytes), options);
}

/** The graph IR and inference of a decoded model. */
export function analyzeModel(model: ModelProto, options: GraphOptions = {}) {
  const warnings: ReportEntry[] = [];
  const graph = buildGraph(model, {
    shapes: options.shapes,
    externalData: options.externalData,
    warn: (subject, note) => warnings.push({ kind: 'warning', original: subject, note })
  });
  const opsets = new Map(model.opsetImport.map(o => [o.domain === 'ai.onnx' ? '' : o.domain, int64(o.version)]));
  const statuses = inferGraph(graph, defaultRegistry, opsets, treeParameter(options.moduleTree));
  return { model, graph, statuses, warnings };
}

export type GraphAnalysis = ReturnType<typeof analyzeOnnx>;

/** A tensor of the original model's state dict (the exporter keeps those names). */
const modelTensor = (tree: ModuleTree | undefined) => (value: Value) =>
  !!value.initializer && (tree?.parameters ? !!tree.parameters[value.name] : isStateDictName(value.name));

/** A model tensor that is a trainable Parameter (float, and not a buffer). */
const trainableTensor = (tree: ModuleTree | undefined) => (value: Value) =>
  !!value.constant && isFloat(value.constant.dtype) && modelTensor(tree)(value) && !tree?.parameters?.[value.name]?.buffer;

/**
 * Float tensors of the state dict kept live (never folded) in the IR: parameters, and buffers (a causal mask sliced
 * to the sequence, a positional-encoding table), only those the module tree vouches for, not a bare ONNX file's initializers.
 */
const treeParameter = (tree: ModuleTree | undefined) => (value: Value) =>
  !!tree?.parameters && !!value.constant && isFloat(value.constant.dtype) && modelTensor(tree)(value);

/** Everything but the checkpoint bytes: the code, the report, and the parameters the checkpoint will hold. */
export function generateCode(analysis: GraphAnalysis, options: GraphOptions = {}) {
  const live = liveNodes(analysis.graph);
  if (live.length === 0 && analysis.graph.outputs.every(v => !v.constant)) {
    throw new GraphError('the ONNX graph computes nothing from its inputs');
  }
  try {
    return generate(analysis, options, live, false);
  } catch (error) {
    if (error instanceof GraphError) throw error;
    // Node names that do not describe module calls (edited or damaged models): the same code, without the structure.
    const flat = generate(analysis, options, live, true);
    flat.report.entries.push({
      kind: 'warning',
      original: 'module structure',
      note: `the node names do not describe the module calls (${(error as Error).message}); the network is one flat class`
    });
    return flat;
  }
}

function generate(analysis: GraphAnalysis, options: GraphOptions, live: Node[], flat: boolean) {
  const tree = options.moduleTree ? checkModuleTree(options.moduleTree) : undefined;
  const { model, graph, statuses, warnings } = analysis;
  const structure = buildStructure(graph, live, flat ? undefined : tree, flat);
  const treeRoot = tree?.root_class ?? tree?.modules['']?.class;
  const rootName = className(treeRoot ?? options.modelName ?? 'Network');
  // A tensor of the original model's state dict: a Parameter, trainable unless a buffer.
  const isModelTensor = modelTensor(tree);
  const trainable = trainableTensor(tree);
  const cells = new Cells({ graph, structure, statuses, tree, modules: moduleRegistry(), rootName, trainable, isModelTensor });
  const root = cells.root;
  const instances = reachable(root);
  const classes = shareClasses(instances, root);
  const rendered = renderModule(header(options, graph, model.producerName, model.producerVersion), classes, instance =>
    instance.module.torchClass && instance.module.parent ? `Converted from ${instance.module.torchClass}.` : undefined
  );
  const params = checkpointParams(root);
  const weightMap = buildWeightMap(params, tree, options.modelName ?? rootName);
  const report = graphReport(options.modelName ?? rootName, rendered, warnings, reallyOmitted(cells.omitted, tree, weightMap), !!tree);
  for (const tied of weightMap.unmapped.filter(u => u.reason.startsWith(TIED))) {
    report.entries.push({ kind: 'warning', original: tied.pytorch, note: `${tied.pytorch} is ${tied.reason}; tie the two Parameters again to train them as one.` });
  }
  const placeholders = rendered.placed.filter(p => p.source.unconverted).reduce((n, p) => n + new Set(p.nodes).size, 0);
  return { code: rendered.code, report, params, weightMap, placeholders };
}

/**
 * Modules left out whose parameters all made it into the network anyway: a
 * module its parent used through its weights (MultiheadAttention's out_proj,
 * passed to F.multi_head_attention_forward) is no loss to report.
 */
function reallyOmitted(omitted: Cells['omitted'], tree: ModuleTree | undefined, weightMap: WeightMapJson): Cells['omitted'] {
  if (!tree?.parameters) return omitted;
  const mapped = new Set(weightMap.weights.map(w => w.pytorch).filter(Boolean));
  const names = Object.keys(tree.parameters);
  return omitted.filter(({ module }) => {
    const own = names.filter(name => name.startsWith(`${module.path}.`));
    return own.length === 0 || !own.every(name => mapped.has(name));
  });
}

const checkpointTensors = (params: CheckpointParam[]) => params.map(p => ({ name: p.name, dtype: p.dtype, shape: p.shape, bytes: p.tensor().bytes() }));

/** The checkpoint of the generated network: every parameter's bytes, in network order. */
export function checkpointOf(params: CheckpointParam[]): Uint8Array {
  return writeCheckpoint(checkpointTensors(params));
}

/** A conversion whose checkpoint is left in parts (headers, and views into the model's bytes): see checkpointParts. */
export interface GraphConversionParts extends Omit<GraphConversion, 'checkpoint'> {
  checkpointParts: Uint8Array[];
}

/** convertOnnx for writers of files: the checkpoint is not assembled, so the weights are in memory once (the model's bytes). */
export function convertOnnxToParts(bytes: Uint8Array, options: GraphOptions = {}): GraphConversionParts {
  if (options.moduleTree) checkModuleTree(options.moduleTree);
  const { code, report, params, weightMap, placeholders } = generateCode(analyzeOnnx(bytes, options), options);
  return { code, report, checkpointParts: checkpointParts(checkpointTensors(params)), weightMap, placeholders };
}

export function convertOnnx(bytes: Uint8Array, options: GraphOptions = {}): GraphConversion {
  const { checkpointParts: parts, ...rest } = convertOnnxToParts(bytes, options);
  return { ...rest, checkpoint: concatParts(parts) };
}

function header(options: GraphOptions, graph: Graph, producer: string, version: string): string[] {
  const inputs = graph.inputs.map(v => `${v.name} ${v.info?.dtype} (${v.info?.shape.join(', ')})`).join('; ');
  const stem = options.modelName ?? 'model';
  return [
    '"""MindSpore network converted from ONNX by jupyterlab-mindconverter (graph mode).',
    '',
    `Source: ${stem}, ONNX opset ${graph.opset}${producer ? `, exported by ${producer} ${version}`.trimEnd() : ''}.`,
    `Inputs: ${inputs}.`,
    `Weights: mindspore.load_param_into_net(net, mindspore.load_checkpoint('${stem}.ckpt')).`,
    '"""'
  ];
}
