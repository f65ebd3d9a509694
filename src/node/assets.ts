/** Node-only loading of the converter's wasm assets (the browser fetches them instead). */
import { readFileSync } from 'fs';
import { loadPythonParser, ParserAssets, PythonParser } from '../converter';

export function nodeParserAssets(): ParserAssets {
  return {
    grammar: readFileSync(require.resolve('tree-sitter-python/tree-sitter-python.wasm')),
    runtime: readFileSync(require.resolve('web-tree-sitter/tree-sitter.wasm'))
  };
}

let parser: Promise<PythonParser> | undefined;

/** The process-wide Python parser, loaded on first use. */
export function nodePythonParser(): Promise<PythonParser> {
  parser ??= loadPythonParser(nodeParserAssets());
  return parser;
}
