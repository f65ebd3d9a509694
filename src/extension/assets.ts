/**
 * The tree-sitter wasm files, shipped as static assets of the labextension
 * (webpack.labextension.js emits them as files; these requires give their URLs).
 */
import { ParserAssets } from '../converter';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const grammarUrl: string = require('tree-sitter-python/tree-sitter-python.wasm');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const runtimeUrl: string = require('web-tree-sitter/tree-sitter.wasm');

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`cannot load the Python parser (${url}: ${response.status} ${response.statusText})`);
  }
  return new Uint8Array(await response.arrayBuffer());
}

export async function browserParserAssets(): Promise<ParserAssets> {
  const [grammar, runtime] = await Promise.all([fetchBytes(grammarUrl), fetchBytes(runtimeUrl)]);
  return { grammar, runtime };
}
