import { readdirSync } from 'fs';
import { join } from 'path';
import { MODULE_MAPPERS, moduleRegistry } from '../../../../src/converter/graph/modules';
import { ModuleMapper } from '../../../../src/converter/graph/modules/types';
import { REPO_ROOT } from '../../../helpers/shared';

const DIR = join(REPO_ROOT, 'src', 'converter', 'graph', 'modules');
const files = readdirSync(DIR).filter(f => f.endsWith('.ts') && !['index.ts', 'types.ts', 'support.ts'].includes(f));

describe('the module mapper registry', () => {
  it('lists the mapper of every file, and every file has a test', () => {
    const tests = readdirSync(__dirname);
    for (const file of files) {
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const exported = Object.values(require(join(DIR, file))) as ModuleMapper[];
      expect({ file, listed: exported.some(m => MODULE_MAPPERS.includes(m)) }).toEqual({ file, listed: true });
      expect({ file, test: tests.includes(file.replace(/\.ts$/, '.test.ts')) }).toEqual({ file, test: true });
    }
  });

  it('refuses a torch class registered twice', () => {
    expect(() => moduleRegistry([...MODULE_MAPPERS, MODULE_MAPPERS[0]])).toThrow('already registered');
  });
});
