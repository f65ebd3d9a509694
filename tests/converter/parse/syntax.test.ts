/**
 * The converter reads a copy of each tree in JS objects (src/converter/parse/syntax.ts),
 * made by a walk that calls web-tree-sitter's wasm functions directly
 * (src/converter/parse/treeWalk.ts). The copy must answer every question the
 * converter asks exactly as web-tree-sitter's own nodes do: compared here node by
 * node on real files, on damaged ones (syntax errors, missing tokens), and on
 * text with non-ASCII characters, CRLF and tabs.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Node, Tree } from 'web-tree-sitter';
import { PythonParser } from '../../../src/converter';
import { copyTree, SyntaxNode } from '../../../src/converter/parse/syntax';
import { directWalks, publicWalk } from '../../../src/converter/parse/treeWalk';
import { nodePythonParser } from '../../../src/node/assets';
import { SHARED_DIR } from '../../sharedDir';

const GOLDEN = join(__dirname, '..', 'ast', 'golden');
const CORPUS = join(SHARED_DIR, 'corpus', 'files');

function readAll(dir: string, keep: (name: string) => boolean): Array<[string, string]> {
  try {
    return readdirSync(dir)
      .filter(keep)
      .sort()
      .map(name => [name, readFileSync(join(dir, name), 'utf8')]);
  } catch {
    return []; // ../shared absent: the hand-written and golden sources still run
  }
}

const HANDWRITTEN: Array<[string, string]> = [
  ['empty', ''],
  ['comments only', '# a\n# b\n'],
  ['non-ASCII', 'x = "héllo ✓ 𝔘"  # ü\nclass Net(nn.Module):\n    def f(self, é=1):\n        return ["日本", é]\n'],
  ['CRLF and tabs', 'import torch\r\nclass A:\r\n\tdef f(self):\r\n\t\treturn torch.ones(2)\r\n'],
  ['missing token', '    def __init__(se:\n        self.conv1 = nn.Conv2d(3, 6, 5)\n    def forward(self, x):'],
  ['unclosed brackets', 'print((1, 2)\ny = [1, 2\ndef f(x:\n    return x\n'],
  ['errors', 'def (:\n  x = = 3\nclass\n    @@@\nimport torch.nn as\ntorch.zeros(2, dtype=)\n'],
  ['unexpected characters', 'x = 1 $ 2 ` 3\ny = torch.ones(2) ? 4\n'],
  ['deep nesting', `y = ${'('.repeat(200)}1${')'.repeat(200)}\n`],
  ['notebook syntax', '%matplotlib inline\n!pip install x\nx = torch.ones(2)\n']
];

/** Real files, and each cut short and with a slice taken out of its middle (syntax errors everywhere). */
function sources(): Array<[string, string]> {
  const real = [...readAll(GOLDEN, name => name.endsWith('.py') && !name.endsWith('.expected.py')), ...readAll(CORPUS, name => name.endsWith('.py'))];
  const damaged = real.flatMap(([name, text]): Array<[string, string]> => [
    [`${name} cut at a third`, text.slice(0, Math.floor(text.length / 3))],
    [`${name} without a slice`, text.slice(0, Math.floor(text.length / 2)) + text.slice(Math.floor(text.length / 2) + 37)]
  ]);
  return [...HANDWRITTEN, ...real, ...damaged];
}

/** Where a node is, for messages and for comparing the nodes two APIs return. */
const where = (node: { type: string; startIndex: number; endIndex: number } | null | undefined) =>
  node ? `${node.type}@${node.startIndex}-${node.endIndex}` : 'null';

/** Every difference between the copy and the tree's own nodes (empty when they agree everywhere). */
function differences(copy: SyntaxNode, tree: Tree, source: string): string[] {
  const problems: string[] = [];
  const fields = tree.language.fields.filter((name): name is string => !!name);
  const stack: Array<[SyntaxNode, Node, SyntaxNode | null]> = [[copy, tree.rootNode, null]];
  while (stack.length > 0 && problems.length < 20) {
    const [mine, theirs, parent] = stack.pop()!;
    const at = where(theirs);
    const same = (what: string, a: unknown, b: unknown) => {
      if (JSON.stringify(a) !== JSON.stringify(b)) {
        problems.push(`${at} ${what}: copy ${JSON.stringify(a)}, web-tree-sitter ${JSON.stringify(b)}`);
      }
    };
    same('type', mine.type, theirs.type);
    same('range', [mine.startIndex, mine.endIndex], [theirs.startIndex, theirs.endIndex]);
    same('positions', [mine.startPosition, mine.endPosition], [theirs.startPosition, theirs.endPosition]);
    same('flags', [mine.isNamed, mine.isError, mine.isMissing, mine.hasError], [theirs.isNamed, theirs.isError, theirs.isMissing, theirs.hasError]);
    same('text', mine.text, theirs.text);
    same('text of the source', mine.text, source.slice(theirs.startIndex, theirs.endIndex));
    if (mine.parent !== parent) {
      problems.push(`${at} parent: ${where(mine.parent)} instead of ${where(parent)}`);
    }
    const children = theirs.children;
    same('children', mine.children.map(where), children.map(where));
    same('named children', mine.namedChildren.map(where), theirs.namedChildren.map(where));
    same('counts', [mine.childCount, mine.namedChildCount], [theirs.childCount, theirs.namedChildCount]);
    if (children.length > 0) {
      same('fields by index', children.map((_, i) => mine.fieldNameForChild(i)), children.map((_, i) => theirs.fieldNameForChild(i)));
      for (const field of fields) {
        same(`child for ${field}`, where(mine.childForFieldName(field)), where(theirs.childForFieldName(field)));
        same(`children for ${field}`, mine.childrenForFieldName(field).map(where), theirs.childrenForFieldName(field).map(where));
      }
    }
    if (mine.children.length === children.length) {
      for (let i = children.length - 1; i >= 0; i -= 1) {
        stack.push([mine.children[i]!, children[i]!, mine]);
      }
    }
  }
  // Lookups by offset (the validator's) and by type, from the root.
  const root = tree.rootNode;
  for (let start = 0; start < source.length && problems.length < 20; start += 13) {
    for (const end of [start, start + 1, start + 6]) {
      const span = `${start}-${end}`;
      if (where(copy.descendantForIndex(start, end)) !== where(root.descendantForIndex(start, end))) {
        problems.push(`descendantForIndex(${span}): copy ${where(copy.descendantForIndex(start, end))}, web-tree-sitter ${where(root.descendantForIndex(start, end))}`);
      }
      if (where(copy.namedDescendantForIndex(start, end)) !== where(root.namedDescendantForIndex(start, end))) {
        problems.push(`namedDescendantForIndex(${span}): copy ${where(copy.namedDescendantForIndex(start, end))}, web-tree-sitter ${where(root.namedDescendantForIndex(start, end))}`);
      }
    }
  }
  const types = ['call', 'identifier', 'import_statement', ')'];
  if (copy.descendantsOfType(types).map(where).join() !== root.descendantsOfType(types).map(where).join()) {
    problems.push('descendantsOfType differs');
  }
  return problems;
}

/** The copy as plain data (to compare two copies). */
function shape(node: SyntaxNode): unknown {
  return [node.type, node.startIndex, node.endIndex, node.isNamed, node.isMissing, node.hasError, node.children.map((child, i) => [node.fieldNameForChild(i), shape(child!)])];
}

let parser: PythonParser;
beforeAll(async () => {
  parser = await nodePythonParser();
});

describe('the JS copy of a tree', () => {
  it('is made by the direct walk in node, with the pinned web-tree-sitter', () => {
    expect(directWalks()).toBe(true);
  });

  it('is checked on a tree with a missing token', () => {
    const source = HANDWRITTEN.find(([name]) => name === 'missing token')![1];
    const tree = parser.parse(source);
    try {
      expect(copyTree(tree, source).descendantsOfType(')').filter(node => node!.isMissing)).toHaveLength(1);
    } finally {
      tree.delete();
    }
  });

  it.each(sources())('agrees with web-tree-sitter on every node: %s', (_name, source) => {
    const tree = parser.parse(source);
    try {
      expect(differences(copyTree(tree, source), tree, source)).toEqual([]);
    } finally {
      tree.delete();
    }
  });

  it.each(HANDWRITTEN)('is the same whether walked directly or through the public cursor: %s', (_name, source) => {
    const tree = parser.parse(source);
    try {
      expect(shape(copyTree(tree, source))).toEqual(shape(copyTree(tree, source, publicWalk)));
    } finally {
      tree.delete();
    }
  });
});
