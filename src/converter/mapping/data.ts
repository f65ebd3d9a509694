/**
 * The one module that lists every mapping data file (no directory scanning:
 * the same code runs in node and under webpack). The path is relative to
 * this file's directory, three levels under the repository root (src/converter/mapping), so it works
 * from src/ (ts-jest), lib/ (node) and the browser bundle alike.
 * tests/converter/mapping/schema.test.ts checks that every mappings/*.json
 * file is listed here.
 */
import type { MappingFile } from './types';

/* eslint-disable @typescript-eslint/no-var-requires */
export const MAPPING_FILES: readonly MappingFile[] = [
  require('../../../mappings/torch.json'),
  require('../../../mappings/torch.Tensor.json'),
  require('../../../mappings/torch.cuda.json'),
  require('../../../mappings/torch.nn.json'),
  require('../../../mappings/torch.nn.Module.json'),
  require('../../../mappings/torch.nn.functional.json'),
  require('../../../mappings/torch.nn.init.json'),
  require('../../../mappings/torch.linalg.json'),
  require('../../../mappings/torch.special.json'),
  require('../../../mappings/torch.optim.json'),
  require('../../../mappings/torch.optim.Optimizer.json'),
  require('../../../mappings/torch.utils.data.json'),
  require('../../../mappings/torchvision.json')
];
