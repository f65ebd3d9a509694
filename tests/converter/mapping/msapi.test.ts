/**
 * Checks every classic target of the mapping data against MindSpore's real
 * signatures (../shared/msapi, extracted from the 2.6.0 and 2.2.14 sources):
 * the target exists in both versions and accepts every keyword the entry can
 * emit. Skips with a message where ../shared is absent (a user's clone).
 */
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { MAPPING_FILES, MappingEntry, TRANSFORMS } from '../../../src/converter/mapping';
import { parseSignature } from '../../../src/converter/catalog';
import { describeWithShared } from '../../sharedDir';

const VERSIONS = { '2.6.0': 'mindspore_api_signatures.json', '2.2.14': 'mindspore_api_signatures_v2.2.14.json' };

interface RawParam { name: string; kind?: string }
interface Target { params?: string[]; acceptsAnyKeyword: boolean }

function paramsOf(raw: RawParam[] | undefined): Target {
  const list = raw ?? [];
  return { params: list.map(p => p.name), acceptsAnyKeyword: list.some(p => p.kind === 'VAR_KEYWORD') };
}

/** Parameters of a MindSpore API (methods without self), or undefined when it does not exist. */
function lookup(data: any, api: string): Target | undefined {
  const member = /^mindspore\.(Tensor|nn\.Cell)\.(\w+)$/.exec(api);
  if (member) {
    const owner = member[1] === 'Tensor' ? data.Tensor : data.Cell;
    const method = owner.methods[member[2]];
    if (method) {
      return method.decorators?.includes('property') ? { params: undefined, acceptsAnyKeyword: false } : paramsOf(method.params);
    }
    const overloads = member[1] === 'Tensor' ? data.Tensor_api_def_methods?.[member[2]]?.overloads : undefined;
    if (!overloads) {
      return api === 'mindspore.Tensor.shape' ? { params: undefined, acceptsAnyKeyword: false } : undefined;
    }
    const names = overloads.flatMap((o: any) => o.params.slice(1).map((p: RawParam) => p.name));
    return { params: [...new Set<string>(names)], acceptsAnyKeyword: false };
  }
  const dot = api.lastIndexOf('.');
  const entry = data.namespaces[api.slice(0, dot)]?.entries?.[api.slice(dot + 1)];
  if (!entry) {
    return undefined;
  }
  if (entry.parent_init_params && entry.init_params?.some((p: RawParam) => p.kind === 'VAR_POSITIONAL')) {
    // nn.RNN pops `nonlinearity` before calling _RNNBase.__init__(mode, *args, **kwargs) (nn/layer/rnns.py)
    const extra = api === 'mindspore.nn.RNN' ? [{ name: 'nonlinearity' }] : [];
    return paramsOf([...extra, ...entry.parent_init_params.filter((p: RawParam) => p.name !== 'mode')]);
  }
  if (entry.kind === 'function' || entry.params) {
    return paramsOf(entry.params);
  }
  if (entry.init_params) {
    return paramsOf(entry.init_params);
  }
  return { params: undefined, acceptsAnyKeyword: false };
}

/**
 * Every keyword a converted call of `entry` can pass to its classic target.
 * A function's first parameter (the input tensor, named input/x/input_x
 * depending on the MindSpore version) is always passed positionally.
 */
function emittedKeywords(entry: MappingEntry): string[] {
  const target = entry.classic!;
  const names = parseSignature(entry.args ?? [])
    .params.filter(p => p.kind !== 'var-keyword' && p.kind !== 'var-positional')
    .filter((p, index) => !(entry.kind === 'function' && index === 0 && p.kind === 'positional-or-keyword'));
  const out = new Set<string>(Object.keys(target.setArgs ?? {}));
  for (const param of names) {
    if (target.drop?.[param.name] !== undefined || target.unsupportedArgs?.[param.name] !== undefined) {
      continue;
    }
    const renamed = target.rename?.[param.name] ?? param.name;
    const transform = target.transforms?.[param.name];
    for (const name of transform ? TRANSFORMS[transform].emits(renamed) : [renamed]) {
      out.add(name);
    }
  }
  return [...out];
}

const converted = MAPPING_FILES.flatMap(file => Object.entries(file.entries)).filter(([, entry]) => entry.classic);

describeWithShared('msapi', 'classic targets against MindSpore signatures', msapi => {
  const data: Record<string, any> = {};
  beforeAll(() => {
    for (const [version, file] of Object.entries(VERSIONS)) {
      data[version] = JSON.parse(readFileSync(resolve(msapi, file), 'utf8'));
    }
  });

  it.each(Object.keys(VERSIONS))('exist in MindSpore %s', version => {
    const missing = converted.filter(([, entry]) => !lookup(data[version], entry.classic!.api)).map(([api, entry]) => `${api} -> ${entry.classic!.api}`);
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(VERSIONS))('accept every keyword a conversion can emit in MindSpore %s', version => {
    const problems: string[] = [];
    for (const [api, entry] of converted) {
      const target = lookup(data[version], entry.classic!.api);
      if (!target || entry.classic!.rewriter || !entry.args) {
        continue;
      }
      const accepted = target.params ?? [];
      for (const keyword of emittedKeywords(entry)) {
        if (!accepted.includes(keyword) && !target.acceptsAnyKeyword) {
          problems.push(`${api} -> ${entry.classic!.api} does not take ${keyword} (takes ${accepted.join(', ')})`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
