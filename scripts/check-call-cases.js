#!/usr/bin/env node
/**
 * Checks that every converted mapping entry has its call-style cases in
 * tests/converter/mapping/cases/: for each target family it converts to
 * (classic, and mint where the entry has a mint target), the five styles
 * `positional`, `keyword`, `reordered`, `defaults`, `variables` when the
 * entry declares torch's parameters (`args`); one `passthrough` case for an
 * entry without `args` and one `reference` case for an attribute.
 * Runs in the tests (tests/converter/mapping/callStyles.test.ts); exits 1
 * and lists what is missing when run directly.
 *
 *   node scripts/check-call-cases.js
 */
const { readdirSync, readFileSync } = require('fs');
const { join } = require('path');

const ROOT = join(__dirname, '..');
const STYLES = ['positional', 'keyword', 'reordered', 'defaults', 'variables'];

function readJsonFiles(dir, filter) {
  return readdirSync(dir)
    .filter(name => name.endsWith('.json') && filter(name))
    .sort()
    .map(name => JSON.parse(readFileSync(join(dir, name), 'utf8')));
}

/** The families an entry is converted in: classic when converted, mint when it has a mint target. */
function families(entry) {
  const result = [];
  if (entry.status !== 'unsupported' && entry.classic) {
    result.push('classic');
  }
  if (entry.mint) {
    result.push('mint');
  }
  return result;
}

function requiredStyles(entry) {
  if (entry.kind === 'attribute') {
    return ['reference'];
  }
  return entry.args ? STYLES : ['passthrough'];
}

/** Every missing case, as `api family style`; an empty list when all are there. */
function missingCases(root = ROOT) {
  const mappings = readJsonFiles(join(root, 'mappings'), name => name.startsWith('torch'));
  const cases = Object.assign({}, ...readJsonFiles(join(root, 'tests', 'converter', 'mapping', 'cases'), () => true));
  const missing = [];
  for (const file of mappings) {
    for (const [api, entry] of Object.entries(file.entries)) {
      for (const family of families(entry)) {
        for (const style of requiredStyles(entry)) {
          const found = cases[api] && cases[api][family] && cases[api][family][style];
          if (!found) {
            missing.push(`${api} ${family} ${style}`);
          }
        }
      }
    }
  }
  return missing;
}

module.exports = { missingCases, families, requiredStyles, STYLES };

if (require.main === module) {
  const missing = missingCases();
  if (missing.length > 0) {
    console.error(`${missing.length} call-style cases are missing:\n  ${missing.join('\n  ')}`);
    process.exit(1);
  }
  console.log('every converted entry has its call-style cases');
}
