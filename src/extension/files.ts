/** Server paths (Contents API, '/'-separated, relative to the server root) and never-overwrite naming. */

export function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function joinPath(...parts: string[]): string {
  return parts
    .flatMap(part => part.split('/'))
    .filter(part => part !== '' && part !== '.')
    .join('/');
}

/** `dir/<stem>_mindspore.ipynb` for `dir/<stem>.ipynb`. */
export function convertedNotebookPath(notebookPath: string): string {
  const name = basename(notebookPath).replace(/\.ipynb$/i, '');
  return joinPath(dirname(notebookPath), `${name}_mindspore.ipynb`);
}

/** `a.ipynb`, `a_2.ipynb`, `a_3.ipynb`, ...: the n-th candidate for a file name. */
export function numbered(path: string, n: number): string {
  if (n <= 1) {
    return path;
  }
  const dot = path.lastIndexOf('.');
  const slash = path.lastIndexOf('/');
  return dot > slash + 1 ? `${path.slice(0, dot)}_${n}${path.slice(dot)}` : `${path}_${n}`;
}

/**
 * The first numbering under which none of `paths` exists (they are taken
 * together: a checkpoint and its weight map keep the same number).
 */
export async function freePaths(
  paths: string[],
  exists: (path: string) => Promise<boolean>,
  limit = 100
): Promise<string[]> {
  for (let n = 1; n <= limit; n++) {
    const candidates = paths.map(path => numbered(path, n));
    const taken = await Promise.all(candidates.map(exists));
    if (!taken.some(Boolean)) {
      return candidates;
    }
  }
  throw new Error(`no free name for ${paths.join(', ')} after ${limit} tries`);
}

/** The checkpoint and weight map of a converted model, named as MindConverter names them. */
export function modelFilePaths(notebookPath: string, directory: string, modelName: string): [string, string] {
  const dir = joinPath(dirname(notebookPath), directory);
  const stem = modelName.replace(/[^A-Za-z0-9_.-]/g, '_');
  return [joinPath(dir, `${stem}.ckpt`), joinPath(dir, `weight_map_of_${stem}.json`)];
}

/** Base64 of bytes, in slices (String.fromCharCode on 46 MB at once overflows the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const slice = 0x8000;
  for (let i = 0; i < bytes.length; i += slice) {
    binary += String.fromCharCode(...bytes.subarray(i, i + slice));
  }
  return btoa(binary);
}

/** `path` relative to the directory `dir` when it lies inside it (the kernel's working directory is the notebook's). */
export function relativeTo(dir: string, path: string): string {
  return dir && path.startsWith(`${dir}/`) ? path.slice(dir.length + 1) : path;
}

/**
 * Graph mode's code loads the checkpoint as `'<class>.ckpt'`; when the file was
 * saved under another name (numbered, or in another directory), the code is
 * pointed at the file that exists.
 */
export function pointToCheckpoint(code: string, modelName: string, checkpoint: string): string {
  return code.split(`'${modelName}.ckpt'`).join(`'${checkpoint}'`);
}
