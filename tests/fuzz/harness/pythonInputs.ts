/**
 * Hostile Python sources for the fuzz tests: token soups, real files with
 * random deletions, insertions and truncations, deep nesting, huge lines,
 * bytes that are not UTF-8, NUL, CR/CRLF line ends and tabs.
 */
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { SHARED_DIR } from '../../sharedDir';

const REPO = resolve(__dirname, '..', '..', '..');

const TOKENS = [
  // layout
  '\n', '\r\n', '\r', '    ', '\t', ' ', '\\\n', ';', ':', ',', '.', '(', ')', '[', ']', '{', '}', '=', '+', '-', '*', '**', '/', '//', '@',
  '->', '<', '>', '==', '!=', '%', '~', '|', '&', '^', '<<', ':=', '...',
  // keywords
  'def ', 'class ', 'return ', 'import ', 'from ', ' as ', 'if ', 'else:', 'elif ', 'for ', ' in ', 'while ', 'with ', 'try:', 'except ',
  'finally:', 'lambda ', 'yield ', 'global ', 'nonlocal ', 'async ', 'await ', 'pass', 'del ', 'assert ', 'raise ', 'match ', 'case ', 'print ',
  // names and torch
  'x', 'y', 'self', 'super()', 'torch', 'nn', 'F', 'optim', 'torch.nn', 'nn.Module', 'nn.Linear(4, 5)', 'nn.Conv2d(3, 8, 3, padding=1)',
  'torch.zeros(2, 3)', 'torch.cat([x, x], dim=1)', 'F.relu(x)', 'x.view(-1)', 'x.size(0)', '.cuda()', '.to(device)', 'forward', 'construct',
  'import torch\n', 'import torch.nn as nn\n', 'from torch import nn\n', 'from torch.nn import functional as F\n', 'from torch.nn import *\n',
  'torch.optim.Adam(params, lr=0.1)', '**kwargs', '*args', 'dim=1', 'inplace=True', 'self.forward(x)', 'class Net(nn.Module):\n',
  'def forward(self, x):\n', 'from mindspore import nn\n',
  // literals
  '0', '1.5e3', '0x1F', '1j', 'None', 'True', '"s"', "'s'", '"""', "'''", 'f"{x}"', 'rb"\\x00"', '"unterminated', '#', '# comment\n',
  // IPython
  '%matplotlib inline\n', '%%time\n', '%%bash\n', '!pip install torch\n', 'x?', '??x', 'files = !ls\n',
  // awkward characters: accents, CJK, astral, lone surrogates, NUL, replacement, BOM, form feed, line separators
  'é', '中文', '😀', '\uD800', '\uDFFF', '\u0000', '\uFFFD', '\uFEFF', '\u000C', '\u000B', '\u2028', '\u00A0'
];

export const tokenSoup: fc.Arbitrary<string> = fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map(tokens => tokens.join(''));

/** Real sources: the corpus (when ../shared is there), the golden inputs of the AST tests and the examples. */
export function realSources(): string[] {
  const dirs = [join(SHARED_DIR, 'corpus', 'files'), join(REPO, 'tests', 'converter', 'ast', 'golden'), join(REPO, 'examples')];
  return dirs
    .filter(dir => existsSync(dir))
    .flatMap(dir =>
      readdirSync(dir)
        .filter(name => name.endsWith('.py') && !name.endsWith('.expected.py'))
        .map(name => readFileSync(join(dir, name), 'utf8'))
    );
}

type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate'; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...TOKENS), tokenSoup) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) })
);

function mutate(source: string, change: Mutation): string {
  const at = source.length === 0 ? 0 : change.at % (source.length + 1);
  switch (change.kind) {
    case 'delete':
      return source.slice(0, at) + source.slice(at + change.length);
    case 'insert':
      return source.slice(0, at) + change.text + source.slice(at);
    case 'truncate':
      return source.slice(0, at);
    case 'duplicate':
      return source.slice(0, at + change.length) + source.slice(at);
  }
}

/** A real source with a few random edits. */
export function mutatedSource(sources: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...sources), fc.array(mutation, { minLength: 1, maxLength: 5 }))
    .map(([source, changes]) => changes.reduce(mutate, source));
}

const PRELUDE = 'import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n';

const NESTINGS: Record<string, (depth: number) => string> = {
  parentheses: n => `y = ${'('.repeat(n)}x${')'.repeat(n)}\n`,
  calls: n => `y = ${'torch.relu('.repeat(n)}x${')'.repeat(n)}\n`,
  lists: n => `y = ${'['.repeat(n)}${']'.repeat(n)}\n`,
  sum: n => `y = ${Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 'torch.ones(1)' : 'x')).join(' + ')}\n`,
  attributes: n => `y = torch${'.a'.repeat(n)}(x)\n`,
  lambdas: n => `f = ${'lambda: '.repeat(n)}F.relu(x)\n`,
  // CPython stops at 100 levels of indentation; 300 is plenty (and the source grows as depth squared).
  blocks: n => Array.from({ length: n % 300 }, (_, i) => `${' '.repeat(i)}if x:\n`).join('') + `${' '.repeat(n % 300)}y = torch.zeros(1)\n`,
  unclosed: n => `y = torch.cat(${'['.repeat(n)}x\n`,
  strings: n => `s = ${'"a" '.repeat(n)}\n`,
  subscripts: n => `y = x${'[0]'.repeat(n)}.view(-1)\n`
};

export const deepNesting: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...Object.keys(NESTINGS)), fc.integer({ min: 1, max: 5000 }))
  .map(([shape, depth]) => PRELUDE + NESTINGS[shape](depth));

const LINE_UNITS = ['torch.zeros(1), ', 'x', '1, ', 'nn.Linear(1, 2); ', 'é中😀', ' ', '\t', 'F.relu(x) + '];

/** One line of 10k-1M characters, as code, a comment, a string or a list. */
export const hugeLine: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...LINE_UNITS), fc.integer({ min: 1_000, max: 60_000 }), fc.constantFrom('list', 'comment', 'string', 'statements'))
  .map(([unit, count, form]) => {
    const body = unit.repeat(count);
    switch (form) {
      case 'list':
        return `${PRELUDE}y = [${body}]\n`;
      case 'comment':
        return `${PRELUDE}# ${body}\nz = torch.ones(2)\n`;
      case 'string':
        return `${PRELUDE}s = "${body}"\nz = torch.ones(2)\n`;
      default:
        return `${PRELUDE}${body}\n`;
    }
  });

/** Random bytes read the way the CLI reads them (UTF-8 with replacement) or byte for byte (Latin-1), after a real prefix. */
export function bytesAsText(sources: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('', ...sources.slice(0, 4)), fc.uint8Array({ maxLength: 400 }), fc.constantFrom('utf-8', 'latin1'), fc.nat())
    .map(([prefix, bytes, encoding, at]) => {
      const text = encoding === 'utf-8' ? new TextDecoder('utf-8', { fatal: false }).decode(bytes) : Buffer.from(bytes).toString('latin1');
      const cut = prefix.length === 0 ? 0 : at % prefix.length;
      return prefix.slice(0, cut) + text + prefix.slice(cut);
    });
}

/** Same program, other layout: CRLF line ends, or tabs for each level of four-space indentation. */
export function withTabs(text: string): string {
  return text.replace(/^((?: {4})+)/gm, spaces => '\t'.repeat(spaces.length / 4));
}
