import { closeSync, existsSync, mkdirSync, openSync, statSync, writeFileSync, writeSync } from 'fs';
import { dirname } from 'path';

/** A failure the user can act on: main() prints its message as one line and exits 1. */
export class CliError extends Error {}

export interface OutputFile {
  path: string;
  /** Parts (a list) are written one after the other, never joined in memory (a checkpoint as big as its model). */
  content: string | Uint8Array | readonly Uint8Array[];
}

function writeFile(path: string, content: OutputFile['content'], flag: string): void {
  if (typeof content === 'string' || content instanceof Uint8Array) {
    writeFileSync(path, content, { flag });
    return;
  }
  const fd = openSync(path, flag);
  try {
    for (const part of content) {
      for (let written = 0; written < part.length; ) {
        written += writeSync(fd, part, written, part.length - written);
      }
    }
  } finally {
    closeSync(fd);
  }
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
      writeFile(file.path, file.content, overwrite ? 'w' : 'wx');
    } catch (error) {
      throw new CliError(`cannot write ${file.path}: ${(error as NodeJS.ErrnoException).code ?? error}`);
    }
  }
}
