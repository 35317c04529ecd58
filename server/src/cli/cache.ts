// --cache: lint results keyed by sha256 of (file content, dataset content, resolved settings, factlint build) — never by timestamps.
import { createHash } from 'node:crypto';
import { access, mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LintResult } from './types.js';

const FORMAT = 1;

interface CacheData {
  format: number;
  entries: Record<string, { key: string; result: LintResult }>;
}

export const DEFAULT_CACHE_LOCATION = join('node_modules', '.cache', 'factlint', 'cache.json');

export function sha256(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/**
 * A fingerprint of the factlint build: its version and the compiled engine's code, so a rebuilt engine
 * (rules added while the version stays the same) never serves stale results.
 */
export async function buildFingerprint(version: string): Promise<string> {
  const root = fileURLToPath(new URL('../engine/', import.meta.url));
  const hash = createHash('sha256').update(version);
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.js')) hash.update(entry.name).update(await readFile(path));
    }
  };
  await walk(root);
  return hash.digest('hex');
}

export class ResultCache {
  private dirty = false;

  private constructor(
    readonly location: string,
    private readonly data: CacheData,
  ) {}

  /** Opens the cache file; a missing, unreadable or foreign file starts an empty cache. */
  static async open(location: string): Promise<ResultCache> {
    let data: CacheData = { format: FORMAT, entries: {} };
    try {
      const parsed = JSON.parse(await readFile(location, 'utf8')) as CacheData;
      if (parsed && parsed.format === FORMAT && typeof parsed.entries === 'object') data = parsed;
    } catch {
      // no cache yet
    }
    return new ResultCache(location, data);
  }

  get(path: string, key: string): LintResult | undefined {
    const entry = this.data.entries[path];
    return entry && entry.key === key ? entry.result : undefined;
  }

  set(path: string, key: string, result: LintResult): void {
    this.data.entries[path] = { key, result };
    this.dirty = true;
  }

  /** Drops the entries of files that no longer exist, so a cache does not grow with every file ever linted. */
  async pruneMissing(): Promise<void> {
    const paths = Object.keys(this.data.entries);
    const missing = await Promise.all(paths.map((path) => access(path).then(() => false, () => true)));
    paths.forEach((path, i) => {
      if (!missing[i]) return;
      delete this.data.entries[path];
      this.dirty = true;
    });
  }

  /** Writes the cache atomically (temp file + rename); a cache that cannot be written is not an error. */
  async save(): Promise<string | undefined> {
    if (!this.dirty) return undefined;
    const temp = `${this.location}.${process.pid}.tmp`;
    try {
      await mkdir(dirname(this.location), { recursive: true });
      await writeFile(temp, JSON.stringify(this.data));
      await rename(temp, this.location);
      return undefined;
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      return `cannot write the cache ${this.location}: ${(error as Error).message}`;
    }
  }
}
