/**
 * convertSource never throws and never fails internally, whatever the input:
 * truncated real files, random bytes of Python-like text, unbalanced
 * brackets and strings, IPython syntax. Inputs come from a seeded generator,
 * so a failure can be replayed.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { convertSource, PythonParser } from '../../../src/converter';
import { nodePythonParser } from '../../../src/node/assets';
import { SHARED_DIR } from '../../sharedDir';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PIECES = [
  'torch', 'nn', 'F', '.', '(', ')', '[', ']', '{', '}', ',', ':', '=', ' ', '\n', '    ', '"', "'", '"""', '#', '%', '!', '?', '\\',
  'import ', 'from ', ' as ', 'class ', 'def ', 'forward', 'super().__init__()', 'nn.Module', 'nn.Conv2d(3, 8, 3, padding=1)',
  'torch.flatten(x, 1)', 'x.view(-1)', 'x.size(0)', '**kw', '*a', 'lambda', 'é', '\t', ';', 'self.forward(x)', 'import torch.nn as nn\n'
];

function samples(): string[] {
  const corpus = join(SHARED_DIR, 'corpus', 'files');
  const golden = join(__dirname, 'golden');
  const sources = [
    ...(existsSync(corpus) ? readdirSync(corpus).map(name => readFileSync(join(corpus, name), 'utf8')) : []),
    ...readdirSync(golden).filter(n => !n.endsWith('.txt')).map(name => readFileSync(join(golden, name), 'utf8'))
  ];
  const next = random(20240601);
  const out: string[] = ['', '\n', '(', ')', '"""', "'", '\\', '%%', '!', '?', 'import', 'import torch.', 'from torch import (', 'class A(nn.Module'];
  for (const source of sources) {
    for (let i = 0; i < 6; i += 1) {
      const cut = Math.floor(next() * source.length);
      out.push(source.slice(0, cut), source.slice(cut), source.slice(0, cut) + source.slice(Math.min(source.length, cut + 7)));
    }
  }
  for (let i = 0; i < 300; i += 1) {
    const length = 1 + Math.floor(next() * 40);
    out.push(Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join(''));
    out.push(String.fromCharCode(...Array.from({ length }, () => Math.floor(next() * 0x2fff))));
  }
  return out;
}

describe('convertSource robustness', () => {
  let parser: PythonParser;
  beforeAll(async () => {
    parser = await nodePythonParser();
  });

  it('never throws and never fails internally on random and truncated input', () => {
    const inputs = samples();
    expect(inputs.length).toBeGreaterThan(600);
    const failures: string[] = [];
    for (const input of inputs) {
      let result;
      try {
        result = convertSource(parser, input);
      } catch (error) {
        failures.push(`threw ${error} on ${JSON.stringify(input.slice(0, 80))}`);
        continue;
      }
      const internal = result.report.entries.find(e => e.note?.startsWith('internal error'));
      if (internal) {
        failures.push(`${internal.note} on ${JSON.stringify(input.slice(0, 200))}`);
      }
      if (typeof result.code !== 'string') {
        failures.push(`no code for ${JSON.stringify(input.slice(0, 80))}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
