import { Language, Parser, Tree } from 'web-tree-sitter';

/**
 * The wasm files tree-sitter needs, as bytes, so that the same code runs in
 * node (read from node_modules) and in the browser (fetched from the
 * extension's static assets): the core never touches a file system.
 */
export interface ParserAssets {
  /** tree-sitter-python's own `tree-sitter-python.wasm`. */
  grammar: Uint8Array;
  /** web-tree-sitter's runtime `tree-sitter.wasm`; in node it is found beside the package when omitted. */
  runtime?: Uint8Array;
}

/** A loaded tree-sitter parser for Python. Trees it returns must be `delete()`d. */
export class PythonParser {
  constructor(private readonly parser: Parser) {}

  /**
   * Parses `source`. With `previous` (a tree of an earlier text, already
   * `edit()`ed to match `source`), tree-sitter reuses its unchanged subtrees.
   */
  parse(source: string, previous?: Tree): Tree {
    const tree = this.parser.parse(source, previous);
    if (!tree) {
      throw new Error('tree-sitter returned no tree');
    }
    return tree;
  }
}

let runtimeReady: Promise<void> | undefined;

/** Loads the tree-sitter runtime once per process, then the Python grammar. */
export async function loadPythonParser(assets: ParserAssets): Promise<PythonParser> {
  runtimeReady ??= Parser.init(assets.runtime ? { wasmBinary: assets.runtime } : undefined);
  await runtimeReady;
  // Copy into this realm's Uint8Array: web-tree-sitter checks `instanceof Uint8Array`,
  // which fails for a Buffer made in another realm (jsdom tests, workers).
  const language = await Language.load(new Uint8Array(assets.grammar));
  const parser = new Parser();
  parser.setLanguage(language);
  return new PythonParser(parser);
}
