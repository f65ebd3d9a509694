/**
 * The MindSpore API catalog of one version: what exists, and with which
 * parameters. Used by the validator (does the converted code call real APIs
 * correctly?) and by the AST engine (which arguments can stay positional).
 */
import { CatalogEntryJson, CatalogJson, CatalogKind } from './model';
import { catalogJson, DEFAULT_MINDSPORE_VERSION, MindsporeVersion } from './files';
import { parseSignature, Signature } from './signature';

export interface CatalogEntry {
  /** The qualified name it was looked up by. */
  name: string;
  kind: CatalogKind;
  listed: boolean;
  /**
   * The accepted signatures of a call: of the function or method, or of the
   * class's `__init__`; undefined when not known (then calls are not checked).
   */
  signatures?: Signature[];
  /** A Cell's `construct` signature. */
  construct?: Signature;
  /** A primitive instance's call inputs. */
  call?: Signature;
  module?: string;
  members?: string;
}

/** How a qualified `mindspore.*` name resolves. */
export type Resolution =
  | { status: 'found'; entry: CatalogEntry }
  /** `missing` (the name itself or a prefix of it) does not exist in `namespace`, a catalogued namespace or class. */
  | { status: 'unknown'; missing: string; namespace: string }
  /** It lies where the catalog does not look (an uncatalogued module, an attribute of a value). */
  | { status: 'unchecked' };

export class Catalog {
  readonly version: string;
  private readonly namespaces: Set<string>;
  private readonly modules: Set<string>;
  private readonly cache = new Map<string, CatalogEntry | null>();

  constructor(private readonly json: CatalogJson) {
    if (json.format !== 'mindconverter-catalog/1') {
      throw new Error(`unsupported catalog format '${json.format}'`);
    }
    this.version = json.mindspore;
    this.namespaces = new Set(json.namespaces);
    this.modules = new Set(json.modules);
  }

  /** Every qualified name with an entry. */
  names(): string[] {
    return Object.keys(this.json.entries);
  }

  isNamespace(name: string): boolean {
    return this.namespaces.has(name);
  }

  /** The entry of an exact qualified name (re-exports followed), or undefined. */
  entry(name: string): CatalogEntry | undefined {
    let cached = this.cache.get(name);
    if (cached === undefined) {
      let raw = this.json.entries[name];
      if (typeof raw === 'string') {
        raw = this.json.entries[raw] as CatalogEntryJson;
      }
      cached = raw ? toEntry(name, raw) : null;
      this.cache.set(name, cached);
    }
    return cached ?? undefined;
  }

  /**
   * Resolves a dotted name as Python would evaluate it from `import mindspore`:
   * namespaces, their entries, modules bound in them, and class members.
   */
  resolve(name: string): Resolution {
    if (this.namespaces.has(name)) {
      return { status: 'found', entry: { name, kind: 'module', listed: true, module: name } };
    }
    const direct = this.entry(name);
    if (direct) {
      return { status: 'found', entry: direct };
    }
    const dot = name.lastIndexOf('.');
    if (dot < 0) {
      return { status: 'unchecked' };
    }
    const parentName = name.slice(0, dot);
    const member = name.slice(dot + 1);
    if (this.namespaces.has(parentName)) {
      // A submodule not imported by its package's __init__ still imports.
      return this.modules.has(name) ? { status: 'unchecked' } : { status: 'unknown', missing: name, namespace: parentName };
    }
    if (this.modules.has(parentName)) {
      return { status: 'unchecked' };
    }
    const parent = this.resolve(parentName);
    if (parent.status !== 'found') {
      return parent;
    }
    const owner = parent.entry;
    if (owner.kind === 'module' && owner.module && owner.module !== parentName) {
      return this.resolve(`${owner.module}.${member}`);
    }
    if (owner.members) {
      const found = this.entry(`${owner.members}.${member}`);
      return found
        ? { status: 'found', entry: found }
        : { status: 'unknown', missing: `${owner.members}.${member}`, namespace: owner.members };
    }
    return { status: 'unchecked' };
  }
}

function signatureOf(strings: string[] | undefined): Signature | undefined {
  return strings ? parseSignature(strings) : undefined;
}

function toEntry(name: string, raw: CatalogEntryJson): CatalogEntry {
  const signatures = raw.overloads
    ? raw.overloads.map(params => parseSignature(params))
    : raw.params
      ? [parseSignature(raw.params)]
      : undefined;
  return {
    name,
    kind: raw.kind,
    listed: raw.listed !== false,
    signatures,
    construct: signatureOf(raw.construct),
    call: signatureOf(raw.call),
    module: raw.module,
    members: raw.members
  };
}

const loaded = new Map<string, Catalog>();

/** The catalog of a MindSpore version (2.6.0 by default), loaded once. */
export function loadCatalog(version: MindsporeVersion = DEFAULT_MINDSPORE_VERSION): Catalog {
  let catalog = loaded.get(version);
  if (!catalog) {
    catalog = new Catalog(catalogJson(version));
    loaded.set(version, catalog);
  }
  return catalog;
}
