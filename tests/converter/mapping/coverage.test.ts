/**
 * Breadth of the mapping data (issue #3): at least 700 entries, 550 of them
 * converted; every row of the official r2.4.10 table in the covered sections
 * and every torch API of the corpus has an entry (converted, or unsupported
 * with a reason and a suggestion). `node scripts/mapping-coverage.js` prints
 * the same measures.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { MAPPING_FILES, MappingEntry } from '../../../src/converter/mapping';
import { mappingCoverage, TABLE_SECTIONS } from '../../../src/converter/mapping/coverage';
import { describeWithShared } from '../../helpers/shared';

const entries = new Map<string, MappingEntry>(MAPPING_FILES.flatMap(file => Object.entries(file.entries)));

describe('mapping breadth', () => {
  it('has at least 700 entries, 550 converted', () => {
    const coverage = mappingCoverage(entries);
    expect(coverage.entries).toBeGreaterThanOrEqual(700);
    expect(coverage.converted).toBeGreaterThanOrEqual(550);
  });

  it('gives every unsupported entry a reason and a suggestion', () => {
    const lacking = [...entries].filter(([, entry]) => entry.status === 'unsupported' && (!entry.reason || !entry.suggestion)).map(([api]) => api);
    expect(lacking).toEqual([]);
  });
});

describeWithShared('mapping coverage of the official table and the corpus', shared => {
  const rows = JSON.parse(readFileSync(join(shared, 'msapi', 'pytorch_api_mapping_r2.4.10.json'), 'utf8')).rows;
  const apis = JSON.parse(readFileSync(join(shared, 'corpus', 'api_frequency.json'), 'utf8')).map((item: { api: string }) => item.api);
  const coverage = mappingCoverage(entries, rows, apis);

  it.each(TABLE_SECTIONS)('every r2.4.10 row of %s has an entry', section => {
    expect(coverage.sections[section]?.missing ?? []).toEqual([]);
  });

  it('every torch API of the corpus has an entry', () => {
    expect(coverage.corpus!.missing).toEqual([]);
  });
});
