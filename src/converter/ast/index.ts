export { convertSource, convertWithEdits, ConvertOptions, DetailedConversion, SourceConversion } from './convert';
export { maskNotebookSyntax } from './notebook';
