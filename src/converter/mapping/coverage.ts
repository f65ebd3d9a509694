/**
 * Coverage of the mapping data against the official PyTorch -> MindSpore
 * table (r2.4.10 rows of the sections this converter covers) and the torch
 * APIs a corpus uses. Pure: the callers read the files (scripts/mapping-coverage.js,
 * tests/converter/mapping/coverage.test.ts).
 */
import type { MappingEntry } from './types';

/** The sections of the official table that every row of gets an entry. */
export const TABLE_SECTIONS = ['torch', 'torch.Tensor', 'torch.nn', 'torch.nn.functional', 'torch.optim', 'torch.nn.init', 'torch.linalg', 'torch.special'];

/** Rows whose torch name is misspelt in the official table -> the real API. */
export const TABLE_TYPOS: Record<string, string> = {
  'torch.nn.CeLU': 'torch.nn.CELU',
  'torch.nn.LogSoftMax': 'torch.nn.LogSoftmax',
  'torch.nn.SeLU': 'torch.nn.SELU',
  'torch.optim.AdaMax': 'torch.optim.Adamax',
  'torch.optim.RMSProp': 'torch.optim.RMSprop',
  'torch.Tensor.log_normal': 'torch.Tensor.log_normal_'
};

/** Method-name APIs of a corpus list (".size") are looked up on these classes. */
const METHOD_OWNERS = ['torch.Tensor', 'torch.nn.Module', 'torch.optim.Optimizer'];

export interface TableRow {
  torch: string;
  section: string | null;
}

export interface SectionCoverage {
  rows: number;
  covered: number;
  converted: number;
  missing: string[];
  unsupported: string[];
}

export interface MappingCoverage {
  entries: number;
  /** Converted in the classic target (status converted or caveat). */
  converted: number;
  caveat: number;
  unsupported: number;
  mintTargets: number;
  sections: Record<string, SectionCoverage>;
  corpus?: { apis: number; covered: number; missing: string[] };
}

export function mappingCoverage(entries: Map<string, MappingEntry>, tableRows?: TableRow[], corpusApis?: string[]): MappingCoverage {
  const list = [...entries.values()];
  const result: MappingCoverage = {
    entries: entries.size,
    converted: list.filter(entry => entry.status !== 'unsupported' && entry.classic).length,
    caveat: list.filter(entry => entry.status === 'caveat').length,
    unsupported: list.filter(entry => entry.status === 'unsupported').length,
    mintTargets: list.filter(entry => entry.mint).length,
    sections: {}
  };
  for (const row of tableRows ?? []) {
    if (!row.section || !TABLE_SECTIONS.includes(row.section)) {
      continue;
    }
    const api = TABLE_TYPOS[row.torch] ?? row.torch;
    const entry = entries.get(api);
    const section = (result.sections[row.section] ??= { rows: 0, covered: 0, converted: 0, missing: [], unsupported: [] });
    section.rows += 1;
    if (!entry) {
      section.missing.push(row.torch);
      continue;
    }
    section.covered += 1;
    if (entry.status === 'unsupported') {
      section.unsupported.push(api);
    } else {
      section.converted += 1;
    }
  }
  if (corpusApis) {
    // torch itself and its methods; torchvision's data pipeline is not in these sections.
    const apis = corpusApis.filter(api => api.startsWith('torch.') || api.startsWith('.'));
    const known = (api: string) => (api.startsWith('.') ? METHOD_OWNERS.some(owner => entries.has(owner + api)) : entries.has(api));
    result.corpus = { apis: apis.length, covered: apis.filter(known).length, missing: apis.filter(api => !known(api)) };
  }
  return result;
}
