/**
 * AST mode over tests/fixtures/programs: PyTorch programs written for these
 * tests in the styles of common tutorials and projects (none copied), beyond
 * ../shared/corpus, so that conversion is checked on code the corpus lacks
 * (the checks: ./conversionSuite.ts; what they convert to: the goldens).
 */
import { join } from 'path';
import { conversionSuite } from './conversionSuite';

describe('AST mode on tests/fixtures/programs', () => conversionSuite(join(__dirname, '..', '..', 'fixtures', 'programs'), 7));
