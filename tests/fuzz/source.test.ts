/**
 * Fuzzing AST mode with hostile Python sources (see harness/pythonInputs.ts).
 * Every input must satisfy the properties of harness/properties.ts: a
 * result and a report within a time bound, never an exception, and every
 * character outside the edited ranges kept. Real files that parse, in
 * another layout (CRLF, tabs), convert to the same code in that layout.
 */
import { createHash } from 'crypto';
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { PythonParser } from '../../src/converter';
import { maskNotebookSyntax } from '../../src/converter/ast';
import { nodePythonParser } from '../../src/node/assets';
import { fuzzParameters, fuzzTimeout } from './harness/budget';
import { conversionViolations, crlf } from './harness/properties';
import { bytesAsText, deepNesting, hugeLine, mutatedSource, realSources, tokenSoup, withTabs } from './harness/pythonInputs';
import { ConversionWorker } from './harness/worker';

let parser: PythonParser;
const worker = new ConversionWorker();
const sources = realSources();

beforeAll(async () => {
  parser = await nodePythonParser();
});
afterAll(() => worker.close());

/** The input, shortened, and the file it is saved in whole (to replay it). */
function describeInput(source: string): string {
  const dir = join(tmpdir(), 'mindconverter-fuzz');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${createHash('sha1').update(source).digest('hex').slice(0, 12)}.py`);
  writeFileSync(path, source);
  const shown = source.length <= 300 ? JSON.stringify(source) : `${JSON.stringify(source.slice(0, 300))}… (${source.length} characters)`;
  return `${shown}\nsaved in ${path}`;
}

/** Converts in the worker and throws (for fast-check to shrink) when a property fails. */
async function convertsSafely(source: string): Promise<string> {
  const outcome = await worker.convert(source);
  const violations = conversionViolations(parser, source, outcome);
  if (violations.length > 0) {
    throw new Error(`${violations.slice(0, 5).join('\n')}\ninput: ${describeInput(source)}`);
  }
  return outcome.conversion!.code;
}

const cases: Array<[string, fc.Arbitrary<string>, number, number]> = [
  ['random token soups', tokenSoup, 150, 20],
  ['real files with random deletions, insertions, duplications and truncations', mutatedSource(sources), 60, 60],
  ['deeply nested expressions, blocks and unclosed brackets', deepNesting, 20, 400],
  ['huge lines', hugeLine, 5, 3000],
  ['bytes that are not UTF-8 (decoded with replacement or as Latin-1), NUL', bytesAsText(sources), 60, 40]
];

describe('AST mode on hostile input returns a result and a report, in time, touching only what it edits', () => {
  it.each(cases)('%s', async (_name, inputs, runs) => {
    await fc.assert(fc.asyncProperty(inputs, async source => void (await convertsSafely(source))), fuzzParameters(runs));
  }, Math.max(...cases.map(([, , runs, ms]) => fuzzTimeout(runs, ms))));
});

describe('the same file in another layout converts to the same code in that layout', () => {
  const layouts: Array<[string, (text: string) => string]> = [
    ['CRLF line ends', crlf],
    ['tab indentation', withTabs]
  ];
  // Error recovery is a heuristic that line ends and tabs can steer elsewhere: only sources that parse are compared.
  const parses = (source: string) => {
    const tree = parser.parse(maskNotebookSyntax(source).masked);
    const clean = !tree.rootNode.hasError;
    tree.delete();
    return clean;
  };
  it.each(layouts)('%s', async (_name, layout) => {
    const inputs = fc
      .oneof(fc.constantFrom(...sources), mutatedSource(sources))
      .filter(source => !source.includes('\r') && !source.includes('\t') && parses(source) && parses(layout(source)));
    await fc.assert(
      fc.asyncProperty(inputs, async source => {
        const code = await convertsSafely(source);
        const relaidOut = await convertsSafely(layout(source));
        expect(relaidOut).toBe(layout(code));
      }),
      fuzzParameters(40)
    );
  }, fuzzTimeout(40, 120));
});
