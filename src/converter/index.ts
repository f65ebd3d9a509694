/**
 * The converter core's public API. It runs unchanged in node (CLI, tests) and
 * in the browser (the JupyterLab extension): nothing under src/converter may
 * import Node built-ins, the DOM or JupyterLab.
 */
export { applyEdits, OverlappingEditsError, TextEdit } from './edits';
export * from './report';
export { loadPythonParser, ParserAssets, PythonParser } from './parse/python';
export * from './catalog';
export * from './validate';
export { convertSource, ConvertOptions, SourceConversion } from './ast';
export { defaultMappingTable, MappingEntry, MappingTable, TargetApi } from './mapping';
export * from './notebook';
export {
  convertOnnx,
  convertOnnxToParts,
  GraphConversion,
  GraphConversionParts,
  GraphOptions,
  GraphError,
  ModuleTree,
  ModuleTreeModule,
  ModuleTreeCall,
  MODULE_TREE_FORMAT,
  WeightMapJson,
  WeightMapEntry,
  readCheckpoint,
  CheckpointEntry
} from './graph';
