import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { OP_MAPPERS, defaultRegistry } from '../../../../src/converter/graph/ops';
import { OpRegistry } from '../../../../src/converter/graph/ops/registry';
import { OpMapper } from '../../../../src/converter/graph/ops/types';
import { REPO_ROOT } from '../../../helpers/shared';
import { supportedOpsMarkdown } from '../helpers/supportedOps';

const OPS_DIR = join(REPO_ROOT, 'src', 'converter', 'graph', 'ops');
const TESTS_DIR = __dirname;
const NOT_OPS = new Set(['index.ts', 'registry.ts', 'types.ts']);

const isMapper = (value: unknown): value is OpMapper =>
  !!value && typeof value === 'object' && typeof (value as OpMapper).opType === 'string' && typeof (value as OpMapper).emit === 'function';

function exportedMappers(file: string): OpMapper[] {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const exports = require(join(OPS_DIR, file)) as Record<string, unknown>;
  return Object.values(exports).flatMap(value => (Array.isArray(value) ? value.filter(isMapper) : isMapper(value) ? [value] : []));
}

const opFiles = readdirSync(OPS_DIR).filter(f => f.endsWith('.ts') && !NOT_OPS.has(f));

describe('the op registry', () => {
  it('lists every mapper of every file in ops/ (nothing registers itself)', () => {
    for (const file of opFiles) {
      const mappers = exportedMappers(file);
      expect({ file, count: mappers.length > 0 }).toEqual({ file, count: true });
      for (const mapper of mappers) expect({ file, op: mapper.opType, listed: OP_MAPPERS.includes(mapper) }).toEqual({ file, op: mapper.opType, listed: true });
    }
  });

  it('has a test file for every op file, naming each of its ops (or iterating its table)', () => {
    for (const file of opFiles) {
      const testFile = join(TESTS_DIR, file.replace(/\.ts$/, '.test.ts'));
      expect({ file, test: existsSync(testFile) }).toEqual({ file, test: true });
      const text = readFileSync(testFile, 'utf8');
      for (const mapper of exportedMappers(file)) {
        const covered = text.includes(`'${mapper.opType}'`) || /_TABLE\b/.test(text);
        expect({ file, op: mapper.opType, covered }).toEqual({ file, op: mapper.opType, covered: true });
      }
    }
  });

  it('maps more ONNX ops than onnx2torch (106)', () => {
    expect(defaultRegistry.entries().length).toBeGreaterThan(106);
  });

  it('refuses to register an op version twice', () => {
    const registry = new OpRegistry(OP_MAPPERS.filter(m => m.opType === 'Relu'));
    expect(() => registry.register({ ...OP_MAPPERS.find(m => m.opType === 'Relu')!, sinceVersions: [13] })).toThrow('already registered');
  });

  it("picks the highest since-version not above the model's opset, and nothing below the first", () => {
    const v1: OpMapper = { opType: 'Fake', sinceVersions: [1, 6], infer: () => [], emit: () => ({ kind: 'expr', api: 'a', expr: () => 'a' }) };
    const v13: OpMapper = { ...v1, sinceVersions: [13] };
    const registry = new OpRegistry([{ ...v1, sinceVersions: [6] }, v13]);
    expect(registry.lookup('', 'Fake', 5)).toBeUndefined();
    expect(registry.lookup('', 'Fake', 12)?.sinceVersions).toEqual([6]);
    expect(registry.lookup('', 'Fake', 13)).toBe(v13);
    expect(registry.lookup('ai.onnx', 'Fake', 17)).toBe(v13);
    expect(registry.lookup('com.microsoft', 'Fake', 17)).toBeUndefined();
  });

  it('docs/supported-ops.md is up to date', () => {
    const path = join(REPO_ROOT, 'docs', 'supported-ops.md');
    const generated = supportedOpsMarkdown();
    if (process.env.UPDATE_DOCS) writeFileSync(path, generated);
    expect(existsSync(path) ? readFileSync(path, 'utf8') : '').toBe(generated);
  });
});
