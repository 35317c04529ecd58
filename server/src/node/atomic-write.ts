// Writes a fixed file atomically (temp file + rename in the same folder), never over content that changed since it was read.
import { chmod, open, readFile, rename, stat, unlink } from 'node:fs/promises';

export type AtomicWriteOutcome = 'written' | 'changed';

export interface AtomicWriteOptions {
  /** The content the new text was computed from: the file is replaced only if it still holds exactly this. */
  expected: string;
  /** Test hook: runs after the temp file is written and before the file is re-read and compared. */
  beforeCompare?: () => void | Promise<void>;
}

/** The temp file beside `path`: FILE.factlint-tmp-PID. */
export function tempPathFor(path: string): string {
  return `${path}.factlint-tmp-${process.pid}`;
}

/**
 * Replaces `path` with `text` by writing FILE.factlint-tmp-PID beside it and renaming it over the file, after
 * checking that the file still holds `expected`. Returns 'changed' (and leaves the file and no temp file behind)
 * when it does not, e.g. when an editor saved it while factlint was checking.
 */
export async function writeFileAtomic(path: string, text: string, options: AtomicWriteOptions): Promise<AtomicWriteOutcome> {
  const temp = tempPathFor(path);
  const mode = (await stat(path)).mode & 0o7777;
  await unlink(temp).catch(() => undefined); // a leftover from a killed run with the same pid
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await chmod(temp, mode);
    await options.beforeCompare?.();
    const current = await readFile(path, 'utf8').catch(() => undefined);
    if (current !== options.expected) {
      await unlink(temp);
      return 'changed';
    }
    await rename(temp, path);
    return 'written';
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
