import { Language, Parser, Tree } from 'web-tree-sitter';
import { useDirectWalks } from './treeWalk';

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

/** tree-sitter did not finish within the time it was given (see PythonParser.parse). */
export class ParseTimeout extends Error {}

/**
 * The time a conversion gives tree-sitter: far more than real code needs
 * (hundreds of thousands of lines per second), far less than its error
 * recovery can take on long runs of characters Python does not accept,
 * which grows with the square of their length.
 */
export function parseBudgetMs(source: string): number {
  return 2000 + source.length / 50;
}

/** A loaded tree-sitter parser for Python. Trees it returns must be `delete()`d. */
export class PythonParser {
  constructor(private readonly parser: Parser) {}

  /**
   * Parses `source`. With `previous` (a tree of an earlier text, already
   * `edit()`ed to match `source`), tree-sitter reuses its unchanged subtrees.
   * With `timeoutMs`, a parse that takes longer is abandoned: ParseTimeout.
   */
  parse(source: string, previous?: Tree, timeoutMs?: number): Tree {
    const deadline = timeoutMs === undefined ? undefined : Date.now() + timeoutMs;
    // Returning true from the progress callback stops the parse.
    const options = deadline === undefined ? undefined : { progressCallback: () => Date.now() > deadline };
    const tree = this.parser.parse(source, previous, options as never);
    if (!tree) {
      // A stopped parse would otherwise resume on the next call.
      this.parser.reset();
      if (deadline !== undefined && Date.now() > deadline) {
        throw new ParseTimeout(`tree-sitter did not finish parsing within ${Math.round(timeoutMs!)} ms`);
      }
      throw new Error('tree-sitter returned no tree');
    }
    return tree;
  }
}

let runtimeReady: Promise<void> | undefined;
/** The options object given to Parser.init: Emscripten makes it the runtime's module (see treeWalk.ts). */
let runtimeModule: object | undefined;
let walksChecked = false;

/** Python with a syntax error, a missing token and non-ASCII text: the sample the direct tree walk must walk as the public one does. */
const WALK_SAMPLE = 'import torch\nclass Net(nn.Module):\n    def forward(self, x):\n        return f(x, "é" +\nprint((1, 2)\ny = [1, 2\n';

/** Loads the tree-sitter runtime once per process, then the Python grammar. */
export async function loadPythonParser(assets: ParserAssets): Promise<PythonParser> {
  if (!runtimeReady) {
    runtimeModule = assets.runtime ? { wasmBinary: assets.runtime } : {};
    runtimeReady = Parser.init(runtimeModule);
  }
  await runtimeReady;
  // Copy into this realm's Uint8Array: web-tree-sitter checks `instanceof Uint8Array`,
  // which fails for a Buffer made in another realm (jsdom tests, workers).
  const language = await Language.load(new Uint8Array(assets.grammar));
  const parser = new Parser();
  parser.setLanguage(language);
  if (!walksChecked) {
    walksChecked = true;
    const sample = parser.parse(WALK_SAMPLE)!;
    try {
      useDirectWalks(runtimeModule!, sample);
    } finally {
      sample.delete();
    }
  }
  return new PythonParser(parser);
}
