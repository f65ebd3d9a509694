#!/usr/bin/env node
/**
 * Coverage of the mapping data (run `npm run build` first):
 * - entries, converted entries (converted or with a caveat), mint targets;
 * - the rows of the official PyTorch->MindSpore table (../shared/msapi,
 *   r2.4.10) covered per section, and the torch APIs of the corpus;
 * - the entries MindSpore 2.2.14 cannot take (a target or an emitted keyword
 *   missing in its catalog): they need MindSpore >= 2.3.
 *
 *   node scripts/mapping-coverage.js [--shared DIR] [--json]
 */
const { existsSync, readFileSync } = require('fs');
const { join, resolve } = require('path');
const { bindArguments, loadCatalog } = require('../lib/converter');
const { MAPPING_FILES } = require('../lib/converter/mapping');
const { mappingCoverage } = require('../lib/converter/mapping/coverage');
const { emittedKeywords, leadingPositional, targetOf } = require('../lib/converter/mapping/emitted');

function entries() {
  return new Map(MAPPING_FILES.flatMap(file => Object.entries(file.entries)));
}

/** Whether a MindSpore version can take the conversion of `entry` to `target`: the API exists and binds the emitted keywords. */
function fits(catalog, entry, target) {
  const resolved = catalog.resolve(target.api);
  if (resolved.status === 'unknown') {
    return `${target.api} does not exist`;
  }
  const signatures = resolved.status === 'found' ? resolved.entry.signatures : undefined;
  if (!signatures || target.rewriter || entry.kind === 'attribute') {
    return undefined;
  }
  const keywords = emittedKeywords(entry, target);
  const positional = resolved.entry.kind === 'method' && target.style === 'function' ? 0 : leadingPositional(entry, target);
  const ok = signatures.some(signature => {
    const problems = bindArguments(signature, { positional, keywords });
    return !problems.tooManyPositional && problems.unknownKeywords.length === 0 && problems.duplicateKeywords.length === 0;
  });
  return ok ? undefined : `${target.api} does not take ${keywords.join(', ')}`;
}

function coverage(shared) {
  const all = entries();
  const table = shared && join(shared, 'msapi', 'pytorch_api_mapping_r2.4.10.json');
  const rows = table && existsSync(table) ? JSON.parse(readFileSync(table, 'utf8')).rows : undefined;
  const corpusList = shared && join(shared, 'corpus', 'api_frequency.json');
  const apis = corpusList && existsSync(corpusList) ? JSON.parse(readFileSync(corpusList, 'utf8')).map(item => item.api) : undefined;
  const result = { ...mappingCoverage(all, rows, apis), needsNewerThan2214: [] };
  const old = loadCatalog('2.2.14');
  // Only the classic targets: mindspore.mint itself is (almost entirely) newer than 2.2.14.
  for (const [api, entry] of all) {
    const target = targetOf(entry, 'classic');
    // A legacy target is what the converter uses where the main one does not fit 2.2.14.
    const problem = target && !(target.legacy && !fits(old, entry, target.legacy)) ? fits(old, entry, target) : undefined;
    if (problem) {
      result.needsNewerThan2214.push(`${api}: ${problem}`);
    }
  }
  return result;
}

function main() {
  const index = process.argv.indexOf('--shared');
  const shared = resolve(index > 0 ? process.argv[index + 1] : process.env.MINDCONVERTER_SHARED || join(__dirname, '..', '..', 'shared'));
  const result = coverage(existsSync(shared) ? shared : undefined);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(result, null, 1));
    return;
  }
  console.log(`entries: ${result.entries} (converted ${result.converted}, of which caveat ${result.caveat}; unsupported ${result.unsupported}); mint targets: ${result.mintTargets}`);
  for (const [name, section] of Object.entries(result.sections)) {
    console.log(`  r2.4.10 ${name}: ${section.covered}/${section.rows} rows have an entry, ${section.converted} converted${section.unsupported.length ? ` (unsupported: ${section.unsupported.join(', ')})` : ''}${section.missing.length ? `; missing ${section.missing.join(', ')}` : ''}`);
  }
  if (result.corpus) {
    console.log(`corpus torch APIs (api_frequency.json: torch.* and methods): ${result.corpus.covered}/${result.corpus.apis} have an entry${result.corpus.missing.length ? `; missing ${result.corpus.missing.join(', ')}` : ''}`);
  }
  console.log(`classic conversions that need MindSpore >= 2.3 (target or keyword not in the 2.2.14 catalog): ${result.needsNewerThan2214.length}`);
  for (const line of result.needsNewerThan2214) {
    console.log(`  ${line}`);
  }
}

module.exports = { coverage };

if (require.main === module) {
  main();
}
