/** AST mode over the real PyTorch files of ../shared/corpus/files (the checks: ./conversionSuite.ts). */
import { describeWithShared } from '../../sharedDir';
import { conversionSuite } from './conversionSuite';

describeWithShared('corpus/files', 'AST mode on the corpus', dir => conversionSuite(dir, 20));
