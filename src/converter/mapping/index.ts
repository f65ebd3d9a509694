export * from './types';
export { MAPPING_FILES } from './data';
export { defaultMappingTable, MappingTable, NamedEntry } from './table';
export { isTransformName, TRANSFORMS, TransformName, ValueTransform, TransformResult, TransformOutput } from './transforms';
export * from './pyValue';
