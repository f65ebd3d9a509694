import Ajv from 'ajv';
import { readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { isRewriterName } from '../../../src/converter/ast/rewriters/names';
import { isTransformName, MAPPING_FILES, MappingEntry, MappingFile } from '../../../src/converter/mapping';
import { parseSignature } from '../../../src/converter/catalog';

const MAPPINGS = resolve(__dirname, '../../../mappings');
const schema = JSON.parse(readFileSync(join(MAPPINGS, 'schema.json'), 'utf8'));
const dataFiles = readdirSync(MAPPINGS).filter(name => name.endsWith('.json') && name !== 'schema.json');
const files: Array<[string, MappingFile]> = dataFiles.map(name => [name, JSON.parse(readFileSync(join(MAPPINGS, name), 'utf8'))]);
const namespaces = files.map(([, file]) => file.namespace);

/** The file an API name belongs in: the one with the longest namespace that is a proper prefix of it. */
function homeNamespace(api: string): string | undefined {
  return namespaces
    .filter(ns => api.startsWith(ns + '.'))
    .sort((a, b) => b.length - a.length)[0];
}

describe('mapping data files', () => {
  const validate = new Ajv({ allErrors: true }).compile(schema);

  it.each(dataFiles)('%s follows mappings/schema.json', name => {
    const file = files.find(([n]) => n === name)![1];
    const ok = validate(file);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(name).toBe(`${file.namespace}.json`);
  });

  it('are all listed in src/converter/mapping/data.ts', () => {
    expect(MAPPING_FILES.map(file => file.namespace).sort()).toEqual([...namespaces].sort());
  });

  it('put every entry in the file of its namespace, once', () => {
    for (const [name, file] of files) {
      for (const api of Object.keys(file.entries)) {
        expect(`${api} in ${name}`).toBe(`${api} in ${homeNamespace(api)}.json`);
      }
    }
  });

  const entries: Array<[string, MappingEntry]> = files.flatMap(([, file]) => Object.entries(file.entries));

  it('name only registered transforms and rewriters', () => {
    for (const [api, entry] of entries) {
      for (const target of [entry.classic, entry.mint]) {
        for (const transform of Object.values(target?.transforms ?? {})) {
          expect(`${api}: ${transform} ${isTransformName(transform) ? 'registered' : 'unknown'}`).toBe(`${api}: ${transform} registered`);
        }
        if (target?.rewriter !== undefined) {
          expect(`${api}: ${target.rewriter} ${isRewriterName(target.rewriter) ? 'registered' : 'unknown'}`).toBe(
            `${api}: ${target.rewriter} registered`
          );
        }
      }
    }
  });

  it('refer only to torch parameters listed in args', () => {
    for (const [api, entry] of entries) {
      const params = parseSignature(entry.args ?? []).params.map(p => p.name);
      for (const target of [entry.classic, entry.mint]) {
        if (!target) {
          continue;
        }
        const referenced = [
          ...Object.keys(target.rename ?? {}),
          ...Object.keys(target.drop ?? {}),
          ...Object.keys(target.unsupportedArgs ?? {}),
          ...Object.keys(target.transforms ?? {}),
          ...Object.keys(target.defaults ?? {}),
          ...Object.values({ ...target.defaults, ...target.setArgs }).flatMap(value =>
            value !== null && typeof value === 'object' && 'arg' in value ? [value.arg] : []
          )
        ];
        for (const param of referenced) {
          expect(`${api}: ${param} ${params.includes(param) ? 'listed' : 'not in args'}`).toBe(`${api}: ${param} listed`);
        }
      }
    }
  });

  it('give methods a method target or a function style', () => {
    for (const [api, entry] of entries) {
      if (entry.kind === 'method' && entry.classic) {
        const style = entry.classic.style ?? 'method';
        const ok = style === 'function' ? !/^mindspore\.(Tensor|nn\.Cell)\./.test(entry.classic.api) : /^mindspore\.(Tensor|nn\.Cell|Parameter)\./.test(entry.classic.api);
        expect(`${api} -> ${entry.classic.api} (${style}) ${ok ? 'ok' : 'mismatched'}`).toBe(`${api} -> ${entry.classic.api} (${style}) ok`);
      }
    }
  });
});
