/**
 * Every catalog data file, listed explicitly (no directory scanning at run
 * time). Each is required only when first used, so a browser bundle parses
 * only the catalog of the MindSpore version the user targets.
 * Regenerate with `/usr/bin/python3 scripts/build-catalog.py`.
 */
import { CatalogJson } from './model';

export const MINDSPORE_VERSIONS = ['2.6.0', '2.2.14'] as const;
export type MindsporeVersion = (typeof MINDSPORE_VERSIONS)[number];
export const DEFAULT_MINDSPORE_VERSION: MindsporeVersion = '2.6.0';

export function catalogJson(version: MindsporeVersion): CatalogJson {
  switch (version) {
    case '2.6.0':
      return require('../../../mappings/catalog/mindspore-2.6.0.json');
    case '2.2.14':
      return require('../../../mappings/catalog/mindspore-2.2.14.json');
  }
}
