/** Graph mode's public surface (re-exported by src/converter/index.ts). */
export { convertOnnx, convertOnnxToParts, GraphConversion, GraphConversionParts, GraphOptions } from './convert';
export { GraphError } from './errors';
export { ModuleTree, ModuleTreeModule, ModuleTreeCall, MODULE_TREE_FORMAT } from './codegen/moduleTree';
export { WeightMapJson, WeightMapEntry } from './checkpoint/weightMap';
export { readCheckpoint, CheckpointEntry } from './checkpoint/read';
