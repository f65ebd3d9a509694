export { collectImports, ImportBindings, ImportedName } from './imports';
export { originalOffset } from './origin';
export {
  IssueCode,
  ValidateOptions,
  validateSource,
  validateTree,
  validationEntries,
  ValidationIssue
} from './validate';
