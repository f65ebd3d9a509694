export { CellConversion, convertCells, ConvertSource, SourceConversionLike } from './cells';
export { convertNotebook, NotebookConversion, NotebookError, parseNotebook } from './notebook';
