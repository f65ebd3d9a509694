/** The JSON written by scripts/build-catalog.py (format `mindconverter-catalog/1`). */

export type CatalogKind = 'module' | 'function' | 'cell' | 'class' | 'primitive' | 'value' | 'method' | 'property';

export interface CatalogEntryJson {
  kind: CatalogKind;
  /** Parameters of the call (functions, methods) or of `__init__` (classes); absent when unknown. */
  params?: string[];
  /** Several accepted signatures (generated overloaded APIs); absent when unknown. */
  overloads?: string[][];
  /** `construct` parameters of a Cell. */
  construct?: string[];
  /** Call inputs of a primitive instance. */
  call?: string[];
  /** The module a `module` entry is bound to. */
  module?: string;
  /** The catalog prefix under which a class's methods are listed (`mindspore.Tensor`). */
  members?: string;
  /** false: bound in its namespace but not in `__all__` (an attribute that `import *` does not export). */
  listed?: boolean;
}

export interface CatalogJson {
  format: 'mindconverter-catalog/1';
  mindspore: string;
  source: { tag: string; commit: string };
  /** Namespaces whose names are all catalogued: a name under one of them that is not an entry does not exist. */
  namespaces: string[];
  /** Other modules known to exist, whose contents are not catalogued. */
  modules: string[];
  /** Qualified name -> entry, or the qualified name of the entry it re-exports. */
  entries: Record<string, CatalogEntryJson | string>;
}
