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

/** Set by the bundle build (scripts/bundle-cli.mjs) to engineDigest() of the engine it bundles. */
declare const __FACTLINT_ENGINE_DIGEST__: string | undefined;

/** A digest of the compiled engine's code: every .js file under server/dist/engine/, by name and content. */
export async function engineDigest(root = fileURLToPath(new URL('../engine/', import.meta.url))): Promise<string> {
  const hash = createHash('sha256');
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

/**
 * A fingerprint of the factlint build: its version and the compiled engine's code, so a rebuilt engine
 * (rules added while the version stays the same) never serves stale results. The bundled CLI carries the digest of
 * the engine it was built from, which spares every cached run reading the ~80 engine files (30-40 ms).
 */
export async function buildFingerprint(version: string): Promise<string> {
  const engine = typeof __FACTLINT_ENGINE_DIGEST__ === 'string' ? __FACTLINT_ENGINE_DIGEST__ : await engineDigest();
  return sha256(version, engine);
}

export class ResultCache {
  private dirty = false;

  private constructor(
    readonly location: string,
    private readonly data: CacheData,
    /** Why the cache file found was discarded (reported as a warning), if it was. */
    readonly problem?: string,
  ) {}

  /** Opens the cache file; a missing file or one of another format starts an empty cache, an invalid one too, with a problem. */
  static async open(location: string): Promise<ResultCache> {
    let text: string;
    try {
      text = await readFile(location, 'utf8');
    } catch {
      return new ResultCache(location, emptyData()); // no cache yet
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return new ResultCache(location, emptyData(), `the cache ${location} is not JSON; discarded`);
    }
    if (isObject(parsed) && parsed.format !== FORMAT && typeof parsed.format === 'number') return new ResultCache(location, emptyData()); // another version's
    const invalid = invalidCache(parsed);
    if (invalid) return new ResultCache(location, emptyData(), `the cache ${location} is not valid (${invalid}); discarded`);
    return new ResultCache(location, parsed as CacheData);
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

function emptyData(): CacheData {
  return { format: FORMAT, entries: {} };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const SEVERITIES = new Set(['error', 'warning', 'info']);
const COVERAGE_KEYS = ['claims', 'verified', 'mismatched', 'unverified'] as const;

/** What makes parsed cache data unusable (its first problem), or undefined when every entry has the shape lint results have. */
function invalidCache(data: unknown): string | undefined {
  if (!isObject(data) || data.format !== FORMAT) return 'no format';
  if (!isObject(data.entries)) return '"entries" is not an object';
  for (const [path, entry] of Object.entries(data.entries)) {
    if (!isObject(entry) || typeof entry.key !== 'string' || !isObject(entry.result)) return `entry ${JSON.stringify(path.slice(-80))}`;
    const { diagnostics, coverage } = entry.result;
    if (!isObject(coverage) || !COVERAGE_KEYS.every((k) => typeof coverage[k] === 'number')) return `coverage of ${JSON.stringify(path.slice(-80))}`;
    if (!Array.isArray(diagnostics)) return `diagnostics of ${JSON.stringify(path.slice(-80))}`;
    for (const d of diagnostics as unknown[]) {
      const valid = isObject(d) && typeof d.ruleId === 'string' && typeof d.message === 'string' && SEVERITIES.has(d.severity as string) && ['start', 'end', 'line', 'column', 'endLine', 'endColumn'].every((k) => Number.isInteger(d[k])) &&
        (d.fix === undefined || (isObject(d.fix) && typeof d.fix.title === 'string' && Array.isArray(d.fix.edits))) &&
        (d.related === undefined || Array.isArray(d.related));
      if (!valid) return `a diagnostic of ${JSON.stringify(path.slice(-80))}`;
    }
  }
  return undefined;
}
