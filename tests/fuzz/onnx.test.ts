/**
 * Fuzzing graph mode with damaged ONNX models (harness/onnxInputs.ts): real
 * real exports truncated, bit-flipped, and with structural lies (absurd dims,
 * unknown ops, cycles, missing initializers, wrong dtypes and lengths,
 * missing external data, absurd attributes and opsets). Property: a
 * conversion (with placeholders for what it cannot convert) or a GraphError
 * with a message; never another exception, never a hang, and never an
 * allocation sized by a lying header (the converting process's peak RSS
 * stays within a bound).
 */
import fc from 'fast-check';
import { readFileSync } from 'fs';
import { ensureFixtures } from '../converter/graph/helpers/fixtures';
import { fuzzParameters, fuzzTimeout } from './harness/budget';
import { damagedBytes, liedModel } from './harness/onnxInputs';
import { onnxBounds, OnnxRunner } from './harness/onnxRunner';

const runner = new OnnxRunner();
afterAll(() => runner.close());

/** Small real exports (kept small so that many damaged copies convert in seconds). */
const SMALL_MODELS = ['two_input', 'recurrent_lm', 'gru_with_state', 'nlptut_textcnn:TextCNN()'];
let realExports: Uint8Array[] = [];
beforeAll(() => {
  realExports = ensureFixtures(13, SMALL_MODELS)
    .filter(fixture => !fixture.case.export_error)
    .map(fixture => new Uint8Array(readFileSync(fixture.onnx)));
}, 10 * 60 * 1000);

async function convertsOrRefusesCleanly(bytes: Uint8Array): Promise<void> {
  const result = await runner.convert(bytes);
  const bounds = onnxBounds(bytes);
  const problems: string[] = [];
  if (result.outcome !== 'converted' && result.outcome !== 'graph-error') {
    problems.push(`${result.outcome}: ${result.message ?? ''}`.split('\n').slice(0, 4).join(' / '));
  }
  if (result.outcome === 'graph-error' && !result.message?.trim()) {
    problems.push('a GraphError without a message');
  }
  if (result.rssGrowthMB > bounds.rssGrowthMB) {
    problems.push(`peak RSS grew by ${result.rssGrowthMB.toFixed(0)} MB (bound ${bounds.rssGrowthMB.toFixed(0)} MB for a ${bytes.length}-byte model)`);
  }
  if (problems.length > 0) {
    throw new Error(problems.join('\n'));
  }
}

describe('graph mode on damaged ONNX models converts or refuses with a GraphError, in bounded time and memory', () => {
  it('real exports that still convert', async () => {
    expect(realExports.length).toBeGreaterThanOrEqual(3);
    for (const bytes of realExports) {
      expect(await runner.convert(bytes)).toMatchObject({ outcome: 'converted' });
    }
  }, 120_000);

  it('truncated, bit-flipped and partly repeated bytes', async () => {
    await fc.assert(fc.asyncProperty(damagedBytes(realExports), convertsOrRefusesCleanly), fuzzParameters(60));
  }, fuzzTimeout(60, 300));

  it('structural lies: dims, ops, cycles, initializers, dtypes, lengths, external data, attributes, opsets', async () => {
    await fc.assert(fc.asyncProperty(liedModel(realExports), convertsOrRefusesCleanly), fuzzParameters(100));
  }, fuzzTimeout(100, 300));
});
