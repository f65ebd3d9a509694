export { convertSource, ConvertOptions, SourceConversion } from './convert';
export { maskNotebookSyntax } from './notebook';
