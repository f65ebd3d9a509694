/**
 * Where the team's shared facts live (../shared beside the repository, as in
 * CI; MINDCONVERTER_SHARED overrides it for a worktree elsewhere). Tests that
 * need them skip with a message when they are absent.
 */
import { existsSync } from 'fs';
import { join, resolve } from 'path';

export const REPO_ROOT = resolve(__dirname, '..', '..');

export function sharedDir(): string | undefined {
  const dir = process.env.MINDCONVERTER_SHARED ?? resolve(REPO_ROOT, '..', 'shared');
  return existsSync(join(dir, 'msapi')) ? dir : undefined;
}

/** `describe` that skips (saying why) when ../shared is absent. */
export function describeWithShared(name: string, body: (shared: string) => void): void {
  const shared = sharedDir();
  if (shared) {
    describe(name, () => body(shared));
  } else {
    describe.skip(`${name} (skipped: ../shared not found; set MINDCONVERTER_SHARED)`, () => {
      it('needs ../shared', () => undefined);
    });
  }
}
