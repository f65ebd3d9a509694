/**
 * Every target of the mapping data against the MindSpore 2.6.0 catalog, for
 * both target families: the API exists, and a call passing every keyword the
 * entry can emit binds to its real signature. Function and class targets go
 * through the validator itself (a generated call in real Python source);
 * tensor and Cell methods, which the validator cannot see on a variable, are
 * bound against the catalog directly.
 */
import { bindArguments, CallShape, loadCatalog, Signature } from '../../../src/converter/catalog';
import { MAPPING_FILES, MappingEntry } from '../../../src/converter/mapping';
import { emittedKeywords, leadingPositional, targetOf } from '../../../src/converter/mapping/emitted';
import { PythonParser } from '../../../src/converter/parse/python';
import { validateSource } from '../../../src/converter/validate';
import { nodePythonParser } from '../../../src/node/assets';

const catalog = loadCatalog('2.6.0');
const entries: Array<[string, MappingEntry]> = MAPPING_FILES.flatMap(file => Object.entries(file.entries));
const FAMILIES = ['classic', 'mint'] as const;

function binds(signatures: Signature[], shape: CallShape): boolean {
  return signatures.some(signature => {
    const problems = bindArguments(signature, shape);
    return !problems.tooManyPositional && problems.unknownKeywords.length === 0 && problems.duplicateKeywords.length === 0;
  });
}

/** A call of `api` in Python, with `positional` placeholder arguments and every keyword. */
function callSource(api: string, positional: number, keywords: string[]): string {
  const args = [...Array.from({ length: positional }, (_, i) => `a${i}`), ...keywords.map(k => `${k}=v_${k}`)];
  return `import mindspore\nresult = ${api}(${args.join(', ')})\n`;
}

let parser: PythonParser;
beforeAll(async () => {
  parser = await nodePythonParser();
});

describe.each(FAMILIES)('%s targets', family => {
  const targeted = entries
    .map(([name, entry]) => ({ name, entry, target: targetOf(entry, family) }))
    .filter(item => item.target !== undefined);

  it('exist in MindSpore 2.6.0', () => {
    const missing = targeted.filter(({ target }) => catalog.resolve(target!.api).status !== 'found').map(({ name, target }) => `${name} -> ${target!.api}`);
    expect(missing).toEqual([]);
  });

  it('accept every keyword a conversion can emit (checked by the validator for functions and classes)', () => {
    const problems: string[] = [];
    for (const { name, entry, target } of targeted) {
      const resolution = catalog.resolve(target!.api);
      if (resolution.status !== 'found' || target!.rewriter || entry.kind === 'attribute') {
        continue;
      }
      const keywords = emittedKeywords(entry, target!);
      const positional = leadingPositional(entry, target!);
      if (resolution.entry.kind === 'method') {
        const signatures = resolution.entry.signatures;
        if (signatures && !binds(signatures, { positional: target!.style === 'function' ? 0 : positional, keywords })) {
          problems.push(`${name} -> ${target!.api}(${keywords.join(', ')})`);
        }
        continue;
      }
      const issues = validateSource(parser, callSource(target!.api, positional, keywords), { catalog }).filter(
        issue => issue.code !== 'missing-argument'
      );
      problems.push(...issues.map(issue => `${name} -> ${issue.message}`));
    }
    expect(problems).toEqual([]);
  });
});

describe('legacy targets (MindSpore 2.2 signatures of tensor methods)', () => {
  const v22 = loadCatalog('2.2.14');
  const legacy = entries.flatMap(([name, entry]) =>
    FAMILIES.map(family => targetOf(entry, family)).flatMap(target => (target?.legacy ? [{ name, entry, main: target, target: target.legacy }] : []))
  );

  it('exist', () => {
    expect(legacy.length).toBeGreaterThan(20);
  });

  it('exist in MindSpore 2.2.14 and accept every keyword a conversion can emit', () => {
    const problems: string[] = [];
    for (const { name, entry, target } of legacy) {
      const resolution = v22.resolve(target.api);
      const signatures = resolution.status === 'found' ? resolution.entry.signatures : undefined;
      const positional = leadingPositional(entry, target);
      if (!signatures || !binds(signatures, { positional: target.style === 'function' ? 0 : positional, keywords: emittedKeywords(entry, target) })) {
        problems.push(`${name} -> ${target.api}(${emittedKeywords(entry, target).join(', ')})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('are needed: the main target does not take the same keywords in 2.2.14', () => {
    // (Packed *args become one named value, `x.repeat(2, 3)` -> `tile(dims=(2, 3))`: not among the emitted keywords.)
    const needless = legacy
      .filter(({ entry }) => !(entry.args ?? []).some(arg => /^\*\w/.test(arg)))
      .filter(({ entry, main }) => {
        const resolution = v22.resolve(main.api);
        return resolution.status === 'found' && binds(resolution.entry.signatures ?? [], { positional: 0, keywords: emittedKeywords(entry, main) });
      })
      .map(({ name }) => name);
    expect(needless).toEqual([]);
  });
});

describe('scheduled targets (optimizers an lr_scheduler drives)', () => {
  const scheduled = entries.flatMap(([name, entry]) => (entry.classic?.scheduled ? [{ name, entry, target: entry.classic.scheduled }] : []));

  it('are the mindspore.experimental.optim optimizers, exist in 2.6.0 and accept every keyword a conversion can emit', () => {
    expect(scheduled.length).toBeGreaterThanOrEqual(9);
    const problems: string[] = [];
    for (const { name, entry, target } of scheduled) {
      if (!target.api.startsWith('mindspore.experimental.optim.') || catalog.resolve(target.api).status !== 'found') {
        problems.push(`${name} -> ${target.api}`);
        continue;
      }
      const issues = validateSource(parser, callSource(target.api, leadingPositional(entry, target), emittedKeywords(entry, target)), { catalog });
      problems.push(...issues.filter(issue => issue.code !== 'missing-argument').map(issue => `${name} -> ${issue.message}`));
    }
    expect(problems).toEqual([]);
  });
});

describe('the generated calls are checked for real', () => {
  it('a keyword the target lacks is reported', () => {
    const issues = validateSource(parser, callSource('mindspore.ops.flatten', 1, ['start_dim', 'dim']), { catalog });
    expect(issues.map(issue => issue.code)).toEqual(['unknown-keyword']);
  });
});
