export { Catalog, CatalogEntry, loadCatalog, Resolution } from './catalog';
export { DEFAULT_MINDSPORE_VERSION, MINDSPORE_VERSIONS, MindsporeVersion } from './files';
export { CatalogKind } from './model';
export {
  acceptsKeyword,
  bindArguments,
  bindingOk,
  bindOverloads,
  BindProblems,
  cachedSignature,
  CallShape,
  formatSignature,
  Param,
  ParamKind,
  parseSignature,
  positionalParams,
  Signature
} from './signature';
