import { OpMapper } from './types';

/**
 * Op mappers keyed by (domain, op type, since-version). Lookup takes the
 * highest since-version that is <= the model's opset, as ONNX resolves op
 * schemas. Registering the same key twice is a programming error and throws.
 */
export class OpRegistry {
  private readonly byOp = new Map<string, { version: number; mapper: OpMapper }[]>();

  constructor(mappers: readonly OpMapper[] = []) {
    mappers.forEach(mapper => this.register(mapper));
  }

  register(mapper: OpMapper): void {
    const key = OpRegistry.key(mapper.domain ?? '', mapper.opType);
    const versions = this.byOp.get(key) ?? [];
    for (const version of mapper.sinceVersions) {
      if (versions.some(entry => entry.version === version)) {
        throw new Error(`op ${key} since version ${version} is already registered`);
      }
      versions.push({ version, mapper });
    }
    versions.sort((a, b) => a.version - b.version);
    this.byOp.set(key, versions);
  }

  lookup(domain: string, opType: string, opset: number): OpMapper | undefined {
    const versions = this.byOp.get(OpRegistry.key(domain, opType));
    let found: OpMapper | undefined;
    for (const entry of versions ?? []) {
      if (entry.version <= opset) {
        found = entry.mapper;
      }
    }
    return found;
  }

  /** Every registered op with its since-versions, sorted by op type. */
  entries(): { domain: string; opType: string; versions: number[]; mappers: OpMapper[] }[] {
    return [...this.byOp.entries()]
      .map(([key, versions]) => {
        const [domain, opType] = key.split('::');
        return {
          domain,
          opType,
          versions: versions.map(v => v.version),
          mappers: [...new Set(versions.map(v => v.mapper))]
        };
      })
      .sort((a, b) => a.opType.localeCompare(b.opType) || a.domain.localeCompare(b.domain));
  }

  static key(domain: string, opType: string): string {
    return `${domain === 'ai.onnx' ? '' : domain}::${opType}`;
  }
}
