/**
 * A syntax tree in plain JavaScript objects, copied from a tree-sitter tree
 * in one walk. Every property of a web-tree-sitter `Node` (its type, text,
 * children, parent, fields) is a call into wasm that marshals the node and
 * allocates a new object; the converter asks hundreds of thousands of such
 * questions per file, so it asks them of this copy instead, where each is a
 * field read. `SyntaxNode` is the part of web-tree-sitter's `Node` the
 * converter uses: code typed with it accepts both.
 */
import type { Language, Tree } from 'web-tree-sitter';
import { TreeWalk, walkTree } from './treeWalk';

export interface Point {
  row: number;
  column: number;
}

export interface SyntaxNode {
  /** Unique within one tree (not between a tree and its copy). */
  readonly id: number;
  readonly type: string;
  readonly isNamed: boolean;
  readonly isError: boolean;
  readonly isMissing: boolean;
  readonly hasError: boolean;
  /** String offsets (UTF-16 code units) of the parsed text. */
  readonly startIndex: number;
  readonly endIndex: number;
  readonly startPosition: Point;
  readonly endPosition: Point;
  readonly text: string;
  readonly parent: SyntaxNode | null;
  readonly children: ReadonlyArray<SyntaxNode | null>;
  readonly namedChildren: ReadonlyArray<SyntaxNode | null>;
  readonly childCount: number;
  readonly namedChildCount: number;
  child(index: number): SyntaxNode | null;
  fieldNameForChild(index: number): string | null;
  childForFieldName(fieldName: string): SyntaxNode | null;
  childrenForFieldName(fieldName: string): ReadonlyArray<SyntaxNode | null>;
  /** This node and its descendants of the given types, in source order. */
  descendantsOfType(types: string | string[]): ReadonlyArray<SyntaxNode | null>;
  descendantForIndex(start: number, end?: number): SyntaxNode | null;
  namedDescendantForIndex(start: number, end?: number): SyntaxNode | null;
}

/** What the nodes of one copied tree share: the text and its line starts. */
class TreeText {
  private lineStarts: number[] | undefined;

  constructor(readonly source: string) {}

  point(offset: number): Point {
    const starts = (this.lineStarts ??= lineStarts(this.source));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return { row: low, column: offset - starts[low] };
  }
}

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) {
    starts.push(at + 1);
  }
  return starts;
}

const NO_CHILDREN: TreeNode[] = [];

class TreeNode implements SyntaxNode {
  children: TreeNode[] = NO_CHILDREN;
  /** The field of each child (null where it has none), parallel to `children`. */
  fields: Array<string | null> | undefined;
  hasError = false;
  isMissing = false;
  private named: TreeNode[] | undefined;

  constructor(
    private readonly tree: TreeText,
    readonly id: number,
    readonly type: string,
    readonly isNamed: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
    readonly parent: TreeNode | null
  ) {}

  get isError(): boolean {
    return this.type === 'ERROR';
  }

  get text(): string {
    return this.tree.source.slice(this.startIndex, this.endIndex);
  }

  get startPosition(): Point {
    return this.tree.point(this.startIndex);
  }

  get endPosition(): Point {
    return this.tree.point(this.endIndex);
  }

  get namedChildren(): TreeNode[] {
    return (this.named ??= this.children.every(child => child.isNamed) ? this.children : this.children.filter(child => child.isNamed));
  }

  get childCount(): number {
    return this.children.length;
  }

  get namedChildCount(): number {
    return this.namedChildren.length;
  }

  child(index: number): TreeNode | null {
    return this.children[index] ?? null;
  }

  fieldNameForChild(index: number): string | null {
    return this.fields?.[index] ?? null;
  }

  childForFieldName(fieldName: string): TreeNode | null {
    const fields = this.fields;
    if (fields) {
      for (let i = 0; i < fields.length; i += 1) {
        if (fields[i] === fieldName) {
          return this.children[i];
        }
      }
    }
    return null;
  }

  childrenForFieldName(fieldName: string): TreeNode[] {
    const fields = this.fields;
    return fields ? this.children.filter((_, i) => fields[i] === fieldName) : [];
  }

  descendantsOfType(types: string | string[]): TreeNode[] {
    const wanted = typeof types === 'string' ? [types] : types;
    const found: TreeNode[] = [];
    // Depth first, in source order, without recursion (trees of deeply nested code are deep).
    const stack: TreeNode[] = [this];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (wanted.includes(node.type)) {
        found.push(node);
      }
      for (let i = node.children.length - 1; i >= 0; i -= 1) {
        stack.push(node.children[i]);
      }
    }
    return found;
  }

  descendantForIndex(start: number, end = start): TreeNode | null {
    return this.descendantFor(start, end, false);
  }

  namedDescendantForIndex(start: number, end = start): TreeNode | null {
    return this.descendantFor(start, end, true);
  }

  /** The smallest node (named only, if asked) spanning start..end: tree-sitter's rule. */
  private descendantFor(start: number, end: number, namedOnly: boolean): TreeNode | null {
    if (start > end) {
      return null;
    }
    let node: TreeNode = this;
    let found: TreeNode = this;
    for (let descended = true; descended; ) {
      descended = false;
      for (const child of node.children) {
        const childEnd = child.endIndex;
        if (childEnd < end || (child.startIndex === childEnd ? childEnd < start : childEnd <= start)) {
          continue;
        }
        if (start < child.startIndex) {
          break;
        }
        node = child;
        if (!namedOnly || child.isNamed) {
          found = child;
        }
        descended = true;
        break;
      }
    }
    return found;
  }
}

/**
 * Copies a tree parsed from `source` (the same string: offsets and text come
 * from it), in one walk (see treeWalk.ts). In a tree without syntax errors no
 * node has one, so only trees with errors pay for asking each node.
 */
export function copyTree(tree: Tree, source: string, walkOf: (tree: Tree) => TreeWalk = walkTree): SyntaxNode {
  const text = new TreeText(source);
  const language = tree.language;
  const typeNames = language.types;
  const fieldNames = language.fields;
  const namedTypes = namedTypesOf(language);
  const withErrors = tree.rootNode.hasError;
  // Last: nothing may call web-tree-sitter while a direct walk is under way.
  const walk = walkOf(tree);
  let id = 0;
  let parent: TreeNode | null = null;
  let root: TreeNode | undefined;
  // The children (and their fields) of the nodes being copied, on one stack: each node gets arrays of
  // its exact size when its last child is done, instead of arrays grown child by child.
  const pending: TreeNode[] = [];
  const pendingFields: Array<string | null> = [];
  const firstPending: number[] = [];
  const finish = (node: TreeNode) => {
    const from = firstPending.pop()!;
    node.children = pending.slice(from);
    for (let i = from; i < pendingFields.length; i += 1) {
      if (pendingFields[i] !== null) {
        node.fields = pendingFields.slice(from);
        break;
      }
    }
    pending.length = from;
    pendingFields.length = from;
  };
  try {
    for (;;) {
      const typeId = walk.typeId();
      const node: TreeNode = new TreeNode(text, id, typeNames[typeId] || 'ERROR', typeId === ERROR_TYPE_ID || namedTypes[typeId], walk.startIndex(), walk.endIndex(), parent);
      id += 1;
      if (withErrors) {
        node.hasError = walk.hasError();
        node.isMissing = walk.isMissing();
      }
      if (parent) {
        pending.push(node);
        pendingFields.push(fieldNames[walk.fieldId()] ?? null);
      } else {
        root = node;
      }
      if (walk.gotoFirstChild()) {
        firstPending.push(pending.length);
        parent = node;
        continue;
      }
      while (!walk.gotoNextSibling()) {
        if (!walk.gotoParent()) {
          return root!;
        }
        finish(parent!);
        parent = parent!.parent;
      }
    }
  } finally {
    walk.end();
  }
}

/** web-tree-sitter's type id of ERROR nodes. */
const ERROR_TYPE_ID = 65535;

const NAMED_TYPES = new WeakMap<Language, boolean[]>();

/** Whether each type id of the language is a named node type. */
function namedTypesOf(language: Language): boolean[] {
  let named = NAMED_TYPES.get(language);
  if (!named) {
    named = language.types.map((_, typeId) => language.nodeTypeIsNamed(typeId));
    NAMED_TYPES.set(language, named);
  }
  return named;
}
