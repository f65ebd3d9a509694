/** Checks shared by the corpus and robustness tests: what any converted output must satisfy. */
import { execFileSync } from 'child_process';
import type { TextEdit } from '../../../src/converter';
import { FileAnalysis } from '../../../src/converter/ast/analysis';
import type { PythonParser } from '../../../src/converter';

let builtins: Set<string> | undefined;

/** Python's builtin names (from the real interpreter) plus the module globals every file has. */
export function pythonBuiltins(): Set<string> {
  builtins ??= new Set([
    ...execFileSync('/usr/bin/python3', ['-c', 'import builtins; print(" ".join(dir(builtins)))'], { encoding: 'utf8' }).trim().split(/\s+/),
    '__file__',
    '__name__',
    '__doc__',
    '__spec__',
    '__builtins__',
    '__class__'
  ]);
  return builtins;
}

/** Names read somewhere in the source that nothing binds (and are not builtins). */
export function undefinedNames(parser: PythonParser, source: string): Set<string> {
  const tree = parser.parse(source);
  try {
    const analysis = new FileAnalysis(tree.rootNode);
    const names = new Set<string>();
    for (const { node, scope } of analysis.scopes.loads) {
      if (scope.lookup(node.text).length === 0 && !pythonBuiltins().has(node.text)) {
        names.add(node.text);
      }
    }
    return names;
  } finally {
    tree.delete();
  }
}

export function hasErrorNode(parser: PythonParser, source: string): boolean {
  const tree = parser.parse(source);
  try {
    return tree.rootNode.hasError;
  } finally {
    tree.delete();
  }
}

/** 1-based lines of `source` that no edit touches. */
export function untouchedLines(source: string, edits: readonly TextEdit[]): Array<{ line: number; text: string }> {
  const lines = source.split('\n');
  const touched = new Set<number>();
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  for (const edit of edits) {
    for (let line = lineOf(edit.start); line <= lineOf(edit.end); line += 1) {
      touched.add(line);
    }
  }
  return lines.map((text, index) => ({ line: index + 1, text })).filter(({ line }) => !touched.has(line));
}

/** Whether `needles` occur in `haystack` in order (each output line used once). */
export function isOrderedSubsequence(needles: readonly string[], haystack: readonly string[]): string | undefined {
  let at = 0;
  for (const needle of needles) {
    while (at < haystack.length && haystack[at] !== needle) {
      at += 1;
    }
    if (at === haystack.length) {
      return needle;
    }
    at += 1;
  }
  return undefined;
}
