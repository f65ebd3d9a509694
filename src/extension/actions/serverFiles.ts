/** Contents API helpers: existence checks and never-overwrite saves. */
import { Contents } from '@jupyterlab/services';
import { joinPath } from '../files';

export async function pathExists(contents: Contents.IManager, path: string): Promise<boolean> {
  try {
    await contents.get(path, { content: false });
    return true;
  } catch (error) {
    if ((error as { response?: Response }).response?.status === 404) {
      return false;
    }
    throw error;
  }
}

/** Creates the missing directories of `dir` (relative to the server root). */
export async function ensureDirectory(contents: Contents.IManager, dir: string): Promise<void> {
  let current = '';
  for (const part of dir.split('/').filter(Boolean)) {
    current = joinPath(current, part);
    if (!(await pathExists(contents, current))) {
      await contents.save(current, { type: 'directory' });
    }
  }
}
