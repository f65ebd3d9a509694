/**
 * ../shared (beside the repository root: CI and /work/main have it there).
 * MINDCONVERTER_SHARED overrides it, e.g. in a git worktree placed elsewhere.
 * Tests that need it skip with a clear message when it is absent.
 */
import { existsSync } from 'fs';
import { resolve } from 'path';

export const SHARED_DIR = process.env.MINDCONVERTER_SHARED ?? resolve(__dirname, '..', '..', 'shared');

/** `describe`, or `describe.skip` with a warning naming what is missing. */
export function describeWithShared(relative: string, name: string, body: (dir: string) => void): void {
  const dir = resolve(SHARED_DIR, relative);
  if (!existsSync(dir)) {
    // eslint-disable-next-line no-console
    console.warn(`skipping "${name}": ${dir} is absent (set MINDCONVERTER_SHARED to the shared directory)`);
    describe.skip(name, () => it('needs ../shared', () => undefined));
    return;
  }
  describe(name, () => body(dir));
}
