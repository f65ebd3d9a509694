/**
 * The fuzz budget. `make test` runs a bounded number of cases with a fixed
 * seed (reproducible, well under a minute); `npm run fuzz` multiplies the
 * runs by FUZZ_SCALE and draws a new seed each time (fast-check prints the
 * seed and the shrunk counterexample of a failure). FUZZ_SEED replays a run.
 */
import fc from 'fast-check';

export const FUZZ_SCALE = Number(process.env.FUZZ_SCALE ?? '1');
const FIXED_SEED = 20261127;

export function fuzzParameters<T>(runs: number): fc.Parameters<T> {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : FUZZ_SCALE === 1 ? FIXED_SEED : undefined;
  return { numRuns: Math.max(1, Math.round(runs * FUZZ_SCALE)), ...(seed === undefined ? {} : { seed }) };
}

/** A jest timeout for a property of `runs` cases of about `msPerRun` each. */
export function fuzzTimeout(runs: number, msPerRun: number): number {
  return 60_000 + Math.round(runs * FUZZ_SCALE * msPerRun * 4);
}
