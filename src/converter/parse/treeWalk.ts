/**
 * Walking a whole tree-sitter tree, node by node, as cheaply as the wasm
 * binding allows. web-tree-sitter's `TreeCursor` copies the cursor between
 * JS and wasm memory around every call (four `setValue`s and four
 * `getValue`s) and so costs about as much as parsing the file again; the
 * same wasm functions called directly, with the cursor left in wasm memory
 * between calls, cost a third of that. Doing so reaches below web-tree-sitter's
 * public API (its Emscripten module and the calling convention of its
 * `*_wasm` functions, fixed for the pinned version), so the direct walk is
 * used only after it has walked a sample tree exactly as the public cursor
 * does (`useDirectWalks`); otherwise every walk takes the public path.
 */
import type { Tree, TreeCursor } from 'web-tree-sitter';

/** One walk over a tree: the current node's facts, and moves (false where there is nowhere to go). */
export interface TreeWalk {
  typeId(): number;
  fieldId(): number;
  startIndex(): number;
  endIndex(): number;
  isMissing(): boolean;
  hasError(): boolean;
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
  /** Frees the cursor; the walk cannot be used afterwards. */
  end(): void;
}

/** The functions of web-tree-sitter's Emscripten module the direct walk calls (see tree-sitter.cjs). */
interface WasmModule {
  HEAP32: Int32Array;
  _ts_init(): number;
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_current_field_id_wasm(tree: number): number;
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
  _ts_tree_cursor_current_node_is_missing_wasm(tree: number): number;
  _ts_tree_cursor_current_node_wasm(tree: number): void;
  _ts_node_has_error_wasm(tree: number): number;
}

const MODULE_FUNCTIONS: ReadonlyArray<keyof WasmModule> = [
  '_ts_init',
  '_ts_tree_cursor_goto_first_child_wasm',
  '_ts_tree_cursor_goto_next_sibling_wasm',
  '_ts_tree_cursor_goto_parent_wasm',
  '_ts_tree_cursor_current_node_type_id_wasm',
  '_ts_tree_cursor_current_field_id_wasm',
  '_ts_tree_cursor_start_index_wasm',
  '_ts_tree_cursor_end_index_wasm',
  '_ts_tree_cursor_current_node_is_missing_wasm',
  '_ts_tree_cursor_current_node_wasm',
  '_ts_node_has_error_wasm'
];

/** Handles web-tree-sitter keeps in numbered fields: a tree's C pointer, a cursor's four words. */
type Handles = Record<number, number>;

/** The public API's walk. */
class PublicWalk implements TreeWalk {
  constructor(private readonly cursor: TreeCursor) {}
  typeId(): number {
    return this.cursor.nodeTypeId;
  }
  fieldId(): number {
    return this.cursor.currentFieldId;
  }
  startIndex(): number {
    return this.cursor.startIndex;
  }
  endIndex(): number {
    return this.cursor.endIndex;
  }
  isMissing(): boolean {
    return this.cursor.nodeIsMissing;
  }
  hasError(): boolean {
    return this.cursor.currentNode.hasError;
  }
  gotoFirstChild(): boolean {
    return this.cursor.gotoFirstChild();
  }
  gotoNextSibling(): boolean {
    return this.cursor.gotoNextSibling();
  }
  gotoParent(): boolean {
    return this.cursor.gotoParent();
  }
  end(): void {
    this.cursor.delete();
  }
}

/**
 * The same walk with the cursor kept in the binding's transfer buffer, where
 * each `*_wasm` cursor function reads it and writes it back. Nothing else may
 * use web-tree-sitter while the walk is under way (the buffer is shared).
 */
class DirectWalk implements TreeWalk {
  private readonly tree: number;
  private readonly buffer: number;

  constructor(private readonly wasm: WasmModule, tree: Tree, private readonly cursor: TreeCursor) {
    this.tree = (tree as unknown as Handles)[0];
    this.buffer = wasm._ts_init() >> 2;
    this.store(this.words());
  }

  /** The cursor's four words as web-tree-sitter's TreeCursor object holds them. */
  private words(): number[] {
    const handles = this.cursor as unknown as Handles;
    return [handles[0], handles[1], handles[2], handles[3]];
  }

  private store(words: number[]): void {
    // Read HEAP32 each time: the memory (and so the view) is replaced when it grows.
    this.wasm.HEAP32.set(words, this.buffer);
  }

  private load(): number[] {
    return Array.from(this.wasm.HEAP32.subarray(this.buffer, this.buffer + 4));
  }

  typeId(): number {
    return this.wasm._ts_tree_cursor_current_node_type_id_wasm(this.tree);
  }
  fieldId(): number {
    return this.wasm._ts_tree_cursor_current_field_id_wasm(this.tree);
  }
  startIndex(): number {
    return this.wasm._ts_tree_cursor_start_index_wasm(this.tree);
  }
  endIndex(): number {
    return this.wasm._ts_tree_cursor_end_index_wasm(this.tree);
  }
  isMissing(): boolean {
    return this.wasm._ts_tree_cursor_current_node_is_missing_wasm(this.tree) === 1;
  }
  hasError(): boolean {
    // The current node overwrites the cursor in the buffer: keep the cursor and put it back.
    const cursor = this.load();
    this.wasm._ts_tree_cursor_current_node_wasm(this.tree);
    const hasError = this.wasm._ts_node_has_error_wasm(this.tree) === 1;
    this.store(cursor);
    return hasError;
  }
  gotoFirstChild(): boolean {
    return this.wasm._ts_tree_cursor_goto_first_child_wasm(this.tree) === 1;
  }
  gotoNextSibling(): boolean {
    return this.wasm._ts_tree_cursor_goto_next_sibling_wasm(this.tree) === 1;
  }
  gotoParent(): boolean {
    return this.wasm._ts_tree_cursor_goto_parent_wasm(this.tree) === 1;
  }
  end(): void {
    // The walk may have reallocated the cursor's stack: free what the buffer holds now.
    const words = this.load();
    const handles = this.cursor as unknown as Handles;
    words.forEach((word, i) => (handles[i] = word));
    this.cursor.delete();
  }
}

let directModule: WasmModule | undefined;

/** A walk of the whole tree, from its root. */
export function walkTree(tree: Tree): TreeWalk {
  const cursor = tree.walk();
  return directModule ? new DirectWalk(directModule, tree, cursor) : new PublicWalk(cursor);
}

/** The same through web-tree-sitter's public API only (for tests that compare the two). */
export function publicWalk(tree: Tree): TreeWalk {
  return new PublicWalk(tree.walk());
}

/** Whether walks are direct (useDirectWalks found the runtime it knows). */
export function directWalks(): boolean {
  return directModule !== undefined;
}

/** Everything a walk sees of every node, in walk order (for comparing walks). */
function record(walk: TreeWalk): number[] {
  const facts: number[] = [];
  for (let depth = 0; ; ) {
    facts.push(depth, walk.typeId(), walk.fieldId(), walk.startIndex(), walk.endIndex(), Number(walk.isMissing()), Number(walk.hasError()));
    if (walk.gotoFirstChild()) {
      depth += 1;
      continue;
    }
    while (!walk.gotoNextSibling()) {
      if (!walk.gotoParent()) {
        walk.end();
        return facts;
      }
      depth -= 1;
    }
  }
}

/**
 * Turns on direct walks when `module` (the object given to `Parser.init`,
 * which Emscripten fills with the module's functions) has every function
 * they call and walks `sample` (a tree with a syntax error, and non-ASCII
 * text) exactly as the public cursor does. Returns whether it did.
 */
export function useDirectWalks(module: object, sample: Tree): boolean {
  directModule = undefined;
  const candidate = module as Partial<WasmModule>;
  if (!(candidate.HEAP32 instanceof Int32Array) || MODULE_FUNCTIONS.some(name => typeof candidate[name] !== 'function')) {
    return false;
  }
  try {
    const expected = record(new PublicWalk(sample.walk()));
    const direct = record(new DirectWalk(candidate as WasmModule, sample, sample.walk()));
    if (direct.length === expected.length && direct.every((fact, i) => fact === expected[i])) {
      directModule = candidate as WasmModule;
    }
  } catch {
    directModule = undefined;
  }
  return directModule !== undefined;
}
