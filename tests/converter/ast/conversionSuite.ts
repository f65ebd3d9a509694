/**
 * The checks every real program must pass in AST mode, for a directory of
 * .py files: it converts without error or validator warning, in both targets;
 * its output parses (no tree-sitter ERROR node) and passes
 * `python3 -m py_compile`; lines no conversion touched are byte-identical and
 * in order; the conversion introduces no undefined name (so no torch name is
 * used without its import).
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { convertWithEdits } from '../../../src/converter/ast';
import { PythonParser } from '../../../src/converter';
import { nodePythonParser } from '../../../src/node/assets';
import { hasErrorNode, isOrderedSubsequence, undefinedNames, untouchedLines } from './outputChecks';

export function conversionSuite(dir: string, minimumFiles: number): void {
  const files = readdirSync(dir).filter(name => name.endsWith('.py')).sort();
  let parser: PythonParser;
  let outDir: string;
  const outputs = new Map<string, string>();

  beforeAll(async () => {
    parser = await nodePythonParser();
    outDir = mkdtempSync(join(tmpdir(), 'mc-programs-'));
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it(`has at least ${minimumFiles} files`, () => {
    expect(files.length).toBeGreaterThanOrEqual(minimumFiles);
  });

  it.each(files)('%s converts cleanly', name => {
    const source = readFileSync(join(dir, name), 'utf8');
    for (const target of ['mint', 'classic'] as const) {
      const { code, report, edits } = convertWithEdits(parser, source, { fileName: name, target });
      outputs.set(`${target}_${name}`, code);
      expect(report.entries.filter(e => e.kind === 'warning')).toEqual([]);
      expect(report.entries.some(e => e.kind === 'convert')).toBe(true);
      expect(code).not.toBe(source);
      expect(hasErrorNode(parser, code)).toBe(false);

      const kept = untouchedLines(source, edits).map(line => line.text);
      expect(isOrderedSubsequence(kept, code.split('\n'))).toBeUndefined();

      const before = undefinedNames(parser, source);
      const introduced = [...undefinedNames(parser, code)].filter(n => !before.has(n));
      expect(introduced).toEqual([]);
      // torch still used outside comments and strings (docstrings too) needs its import.
      if (/\btorch\b/.test(code.replace(/("""|''')[\s\S]*?\1/g, '').replace(/#.*$/gm, '').replace(/(['"])(?:(?!\1).)*\1/g, ''))) {
        expect(code).toMatch(/^\s*(import torch\b|from torch\b)/m);
      }
    }
  });

  it('outputs compile with python3 -m py_compile', () => {
    const paths = [...outputs].map(([name, code]) => {
      const path = join(outDir, name);
      writeFileSync(path, code);
      return path;
    });
    expect(paths.length).toBe(2 * files.length);
    const result = execFileSync('/usr/bin/python3', ['-m', 'py_compile', ...paths], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(result).toBe('');
  });
}
