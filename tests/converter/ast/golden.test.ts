/**
 * Golden tests of AST mode: every `golden/<case>.py` converts to exactly
 * `golden/<case>.expected.py` with exactly the report `golden/<case>.report.txt`.
 * A first line `# golden: target=mint mindspore=2.2.14` selects the target and
 * the MindSpore version. Regenerate an
 * expectation only after reading the difference:
 * `UPDATE_GOLDEN=1 npx jest tests/converter/ast/golden`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { convertSource, MindsporeVersion, PythonParser, renderText, TargetApi } from '../../../src/converter';
import { nodePythonParser } from '../../../src/node/assets';

const DIR = join(__dirname, 'golden');
const cases = readdirSync(DIR)
  .filter(name => name.endsWith('.py') && !name.endsWith('.expected.py'))
  .map(name => name.slice(0, -3));

describe('AST mode golden conversions', () => {
  let parser: PythonParser;
  beforeAll(async () => {
    parser = await nodePythonParser();
  });

  it('has cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('%s', name => {
    const source = readFileSync(join(DIR, `${name}.py`), 'utf8');
    const header = /^# golden:(.*)/.exec(source)?.[1] ?? '';
    const target = (/\btarget=(\w+)/.exec(header)?.[1] ?? 'classic') as TargetApi;
    const mindsporeVersion = /\bmindspore=([\d.]+)/.exec(header)?.[1] as MindsporeVersion | undefined;
    const { code, report } = convertSource(parser, source, { fileName: `${name}.py`, target, mindsporeVersion });
    const text = renderText(report);
    const codePath = join(DIR, `${name}.expected.py`);
    const reportPath = join(DIR, `${name}.report.txt`);
    if (process.env.UPDATE_GOLDEN || !existsSync(codePath)) {
      writeFileSync(codePath, code);
      writeFileSync(reportPath, text);
    }
    expect(code).toBe(readFileSync(codePath, 'utf8'));
    expect(text).toBe(readFileSync(reportPath, 'utf8'));
  });
});
