import { MAPPING_FILES } from './data';
import type { MappingEntry, MappingFile } from './types';

export interface NamedEntry {
  /** The torch API's qualified name (`torch.nn.Conv2d`, `torch.Tensor.view`). */
  name: string;
  entry: MappingEntry;
}

/** Lookup of mapping entries by qualified name, and of method entries by method name. */
export class MappingTable {
  private readonly byName = new Map<string, MappingEntry>();
  private readonly byMethod = new Map<string, NamedEntry>();
  private prefixes: Set<string> | undefined;

  /**
   * Files earlier in the list win a method-name clash (torch.Tensor before
   * torch.nn.Module), so `x.to(...)` with an unknown receiver reads as a tensor method.
   */
  constructor(files: readonly MappingFile[]) {
    for (const file of files) {
      for (const [name, entry] of Object.entries(file.entries)) {
        this.byName.set(name, entry);
        const method = name.slice(name.lastIndexOf('.') + 1);
        if (entry.kind === 'method' && entry.matchByMethodName !== false && !this.byMethod.has(method)) {
          this.byMethod.set(method, { name, entry });
        }
      }
    }
  }

  get(name: string): MappingEntry | undefined {
    return this.byName.get(name);
  }

  /** Whether `name` is an entry or a namespace of entries (`torch.nn.init`). */
  hasName(name: string): boolean {
    if (!this.prefixes) {
      this.prefixes = new Set();
      for (const key of this.byName.keys()) {
        for (let dot = key.indexOf('.'); dot > 0; dot = key.indexOf('.', dot + 1)) {
          this.prefixes.add(key.slice(0, dot));
        }
      }
    }
    return this.byName.has(name) || this.prefixes.has(name);
  }

  /** The method entry matched by a bare method name (`.view`), if any. */
  method(methodName: string): NamedEntry | undefined {
    return this.byMethod.get(methodName);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  get size(): number {
    return this.byName.size;
  }
}

let defaultTable: MappingTable | undefined;

/** The table built from the shipped mapping files (built once). */
export function defaultMappingTable(): MappingTable {
  defaultTable ??= new MappingTable(MAPPING_FILES);
  return defaultTable;
}
