import { existsSync, mkdirSync, statSync, writeFileSync } from 'fs';
import { dirname } from 'path';

/** A failure the user can act on: main() prints its message as one line and exits 1. */
export class CliError extends Error {}

export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

/**
 * Writes every file or none: all targets are checked before the first write,
 * so an existing file (without --overwrite) or a blocked directory leaves the
 * disk as it was.
 */
export function writeOutputs(files: readonly OutputFile[], overwrite: boolean): void {
  for (const file of files) {
    if (existsSync(file.path)) {
      if (statSync(file.path).isDirectory()) {
        throw new CliError(`cannot write ${file.path}: it is a directory`);
      }
      if (!overwrite) {
        throw new CliError(`${file.path} already exists; not overwriting it (use --overwrite to replace it)`);
      }
    }
    const dir = dirname(file.path);
    if (existsSync(dir) && !statSync(dir).isDirectory()) {
      throw new CliError(`cannot write ${file.path}: ${dir} is not a directory`);
    }
  }
  for (const file of files) {
    try {
      mkdirSync(dirname(file.path), { recursive: true });
      writeFileSync(file.path, file.content, { flag: overwrite ? 'w' : 'wx' });
    } catch (error) {
      throw new CliError(`cannot write ${file.path}: ${(error as NodeJS.ErrnoException).code ?? error}`);
    }
  }
}
