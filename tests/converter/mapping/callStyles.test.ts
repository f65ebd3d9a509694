/**
 * The exact converted text of every converted mapping entry in five call
 * styles (all positional, all keyword, keywords reordered, defaults omitted,
 * values from variables), for each target family it converts to. The cases
 * live in ./cases/<namespace>.json, written by scripts/generate-call-cases.js
 * after independent checks of each conversion (see that script) and review;
 * scripts/check-call-cases.js proves every converted entry has them.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { convertSource, PythonParser } from '../../../src/converter';
import { nodePythonParser } from '../../../src/node/assets';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { missingCases } = require('../../../scripts/check-call-cases.js');

interface CallCase {
  torch: string;
  expected: string;
  /** The converter refuses this call by design, with this reason. */
  unconverted?: string;
}

type CaseFile = Record<string, Record<string, Record<string, CallCase>>>;

const CASES = join(__dirname, 'cases');
const files = readdirSync(CASES).filter(name => name.endsWith('.json')).sort();

let parser: PythonParser;
beforeAll(async () => {
  parser = await nodePythonParser();
});

function converted(source: string, target: 'classic' | 'mint') {
  const { code, report } = convertSource(parser, `import torch\nimport torchvision\nout = ${source}\n`, { target, fileName: 'case.py' });
  const line = code.split('\n').find(text => text.startsWith('out = '));
  return { text: line?.slice('out = '.length), report };
}

describe('every converted entry has its call-style cases', () => {
  it('(scripts/check-call-cases.js)', () => {
    expect(missingCases()).toEqual([]);
  });
});

describe.each(files)('%s', file => {
  const cases: CaseFile = JSON.parse(readFileSync(join(CASES, file), 'utf8'));
  const rows = Object.entries(cases).flatMap(([api, byTarget]) =>
    Object.entries(byTarget).flatMap(([target, byStyle]) =>
      Object.entries(byStyle).map(([style, item]) => [`${api} ${target} ${style}`, api, target as 'classic' | 'mint', item] as const)
    )
  );

  it('convert exactly as expected', () => {
    const failures: string[] = [];
    for (const [name, api, target, item] of rows) {
      const { text, report } = converted(item.torch, target);
      if (text !== item.expected) {
        failures.push(`${name}: ${item.torch}\n    expected ${item.expected}\n    got      ${text}`);
      }
      const refused = report.entries.find(entry => entry.kind === 'unconvert' && entry.line === 3 && entry.api === api);
      if (Boolean(refused) !== Boolean(item.unconverted) || (refused && refused.note !== item.unconverted)) {
        failures.push(`${name}: expected ${item.unconverted ? `the refusal "${item.unconverted}"` : 'a conversion'}, got ${refused?.note ?? 'a conversion'}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
