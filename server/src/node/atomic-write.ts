// Writes a fixed file without losing or corrupting it: through symlinks to the target, keeping mode, owner and hard
// links, never over a read-only file or over content that changed since it was read; cleans temp files of killed runs.
import { constants } from 'node:fs';
import { access, lstat, open, readdir, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * 'written'; 'changed' (the file no longer holds the text the fixes were computed from: left alone);
 * 'read-only' (no write permission, or no write bit at all, which root would otherwise ignore: left alone).
 */
export type AtomicWriteOutcome = 'written' | 'changed' | 'read-only';

export interface AtomicWriteOptions {
  /** The content the new text was computed from: the file is replaced only if it still holds exactly this. */
  expected: string;
  /** Test hook: runs after the temp file is written and before the file is re-read and compared. */
  beforeCompare?: () => void | Promise<void>;
  /** Test hook: runs after the comparison, before the last check and the rename (the window that remains). */
  beforeRename?: () => void | Promise<void>;
}

const TEMP_MARK = '.factlint-tmp-';
const TEMP_NAME = /^.+\.factlint-tmp-(\d+)$/;

/** The temp file beside `path`: FILE.factlint-tmp-PID. */
export function tempPathFor(path: string): string {
  return `${path}${TEMP_MARK}${process.pid}`;
}

/** What identifies one version of a file: inode, size and change times (nanoseconds). */
function versionOf(info: { ino: bigint; size: bigint; mtimeNs: bigint; ctimeNs: bigint }): string {
  return `${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
}

/**
 * Replaces the file at `path` (through symlinks: its target) with `text`, if it still holds `expected`.
 *
 * A file with one link is replaced atomically: a temp file beside the target gets the text, the target's mode and
 * (when factlint may set it, e.g. as root) its owner and group, is synced, and is renamed over the target. A file
 * with several hard links, or whose owner factlint cannot give the temp file, is rewritten in place instead, so the
 * links and the owner stay: that write is not atomic (a crash in the middle leaves it partly written).
 *
 * Lost-update window: the file is compared with `expected` after the temp file is written, then its inode, size and
 * times are checked again just before the rename; a write by another program between that last check and the
 * rename (two system calls apart) is still lost.
 */
export async function writeFileAtomic(path: string, text: string, options: AtomicWriteOptions): Promise<AtomicWriteOutcome> {
  const target = await realpath(path);
  const info = await stat(target);
  if ((info.mode & 0o222) === 0 || !(await access(target, constants.W_OK).then(() => true, () => false))) return 'read-only';
  const expected = Buffer.from(options.expected, 'utf8');
  const bytes = Buffer.from(text, 'utf8');
  if (info.nlink > 1) return writeInPlace(target, bytes, expected, options);

  const temp = tempPathFor(target);
  await unlink(temp).catch(() => undefined); // a leftover from a killed run with the same pid
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx', 0o600);
    const owned = await handle.chown(info.uid, info.gid).then(() => true, () => false);
    if (!owned) {
      await handle.close();
      handle = undefined;
      await unlink(temp);
      return writeInPlace(target, bytes, expected, options);
    }
    await handle.chmod(info.mode & 0o7777);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await options.beforeCompare?.();
    const compared = await readVersion(target);
    if (!compared || !compared.bytes.equals(expected)) {
      await unlink(temp);
      return 'changed';
    }
    await options.beforeRename?.();
    const last = await stat(target, { bigint: true }).catch(() => undefined);
    if (!last || versionOf(last) !== compared.version) {
      await unlink(temp);
      return 'changed';
    }
    await rename(temp, target);
    return 'written';
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** The file's bytes and the version they were read at (undefined if the file is gone or changed while being read). */
async function readVersion(path: string): Promise<{ bytes: Buffer; version: string } | undefined> {
  const handle = await open(path, 'r').catch(() => undefined);
  if (!handle) return undefined;
  try {
    const before = versionOf(await handle.stat({ bigint: true }));
    const bytes = await handle.readFile();
    const after = versionOf(await handle.stat({ bigint: true }));
    return before === after ? { bytes, version: after } : undefined;
  } finally {
    await handle.close();
  }
}

/** Rewrites the file through its own descriptor (keeping inode, links, owner and mode), if it still holds `expected`. */
async function writeInPlace(path: string, bytes: Buffer, expected: Buffer, options: AtomicWriteOptions): Promise<AtomicWriteOutcome> {
  await options.beforeCompare?.();
  const handle = await open(path, 'r+');
  try {
    const current = await handle.readFile();
    if (!current.equals(expected)) return 'changed';
    await options.beforeRename?.();
    await handle.write(bytes, 0, bytes.length, 0);
    await handle.truncate(bytes.length);
    await handle.sync();
    return 'written';
  } finally {
    await handle.close();
  }
}

/** Temp files older than this are a killed run's, whatever their pid (pids are reused). */
const STALE_AFTER_MS = 10 * 60 * 1000;

/**
 * Removes FILE.factlint-tmp-PID files left in `dirs` by a killed run: those of a process that no longer exists, or
 * older than ten minutes. Returns the paths removed. Never touches anything else, nor the temp files of a run in progress.
 */
export async function removeStaleTempFiles(dirs: Iterable<string>): Promise<string[]> {
  const removed: string[] = [];
  for (const dir of new Set(dirs)) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names) {
      const match = TEMP_NAME.exec(name);
      if (!match) continue;
      const path = join(dir, name);
      const info = await lstat(path).catch(() => undefined);
      if (!info?.isFile()) continue;
      const pid = Number(match[1]);
      if (pid === process.pid) continue; // ours, in use
      if (isAlive(pid) && Date.now() - info.mtimeMs < STALE_AFTER_MS) continue; // another run's, in use
      await unlink(path).then(() => removed.push(path), () => undefined);
    }
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The folders whose temp files a run over `paths` may have left: each file's own and, for symlinks, its target's. */
export async function tempFolders(paths: readonly string[], throughLinks: boolean): Promise<string[]> {
  const dirs = new Set(paths.map((p) => dirname(p)));
  if (throughLinks) {
    for (const path of paths) {
      const linked = await lstat(path).then((s) => s.isSymbolicLink(), () => false);
      if (linked) dirs.add(dirname(await realpath(path).catch(() => path)));
    }
  }
  return [...dirs];
}
