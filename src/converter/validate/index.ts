export { collectImports, ImportBindings, ImportedName } from './imports';
export {
  IssueCode,
  ValidateOptions,
  validateSource,
  validateTree,
  validationEntries,
  ValidationIssue
} from './validate';
