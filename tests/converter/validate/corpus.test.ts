/**
 * The validator on real conversions: every converted corpus file (both
 * target families, both MindSpore versions for classic) refers only to
 * MindSpore APIs that exist and passes only keywords they accept; and the
 * warnings of convertSource point at the original source.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { convertSource, PythonParser, validateSource } from '../../../src/converter';
import { nodePythonParser } from '../../../src/node/assets';
import { describeWithShared } from '../../helpers/shared';

let parser: PythonParser;
beforeAll(async () => {
  parser = await nodePythonParser();
});

const BAD = new Set(['unknown-api', 'unknown-keyword', 'duplicate-keyword']);

describeWithShared('converted corpus files', shared => {
  const dir = join(shared, 'corpus', 'files');
  const files = readdirSync(dir).filter(name => name.endsWith('.py'));

  it.each([
    ['classic', '2.6.0'],
    ['mint', '2.6.0'],
    ['classic', '2.2.14']
  ] as const)('raise no unknown-API or bad-keyword warning (%s, MindSpore %s)', (target, mindsporeVersion) => {
    expect(files.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const name of files) {
      const { code, report } = convertSource(parser, readFileSync(join(dir, name), 'utf8'), { target, mindsporeVersion, fileName: name });
      expect(report.entries.filter(entry => entry.note?.startsWith('internal error'))).toEqual([]);
      for (const issue of validateSource(parser, code, { mindsporeVersion })) {
        if (BAD.has(issue.code)) {
          problems.push(`${name}:${issue.line}: ${issue.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('convertSource reports validator warnings', () => {
  it('at the line of the original source, after imports were rewritten', () => {
    const source = [
      'import torch',
      'import torch.nn as nn',
      'from mindspore import nn as msnn',
      '',
      'layer = nn.Linear(4, 5)',
      'legacy = msnn.Dense(4, 5, bias=False)',
      ''
    ].join('\n');
    const { code, report } = convertSource(parser, source, { fileName: 'mixed.py' });
    expect(code).toContain('legacy = msnn.Dense(4, 5, bias=False)');
    const warnings = report.entries.filter(entry => entry.kind === 'warning');
    expect(warnings).toEqual([
      expect.objectContaining({ line: 6, column: 26, original: 'msnn.Dense', api: 'mindspore.nn.Dense' })
    ]);
    expect(warnings[0].note).toContain("does not accept the keyword 'bias'");
  });
});
