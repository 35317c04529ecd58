// Finds the Markdown files to lint from paths, folders and globs (`!glob` excludes), honouring .gitignore and .factlintignore
// (root and nested) or an --ignore-path file, never node_modules.
import { readdir, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { relativeInside, repositoryRoot } from './config.js';
import { NotRegularFileError, readRegularTextFile } from './read-file.js';

/** The files a folder or glob expands to. Explicitly named files are linted whatever their extension. */
export const MARKDOWN_FILE = /\.(md|markdown)$/i;

/** Folders never entered. */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/** A folder that cannot be read: ends the run. */
export class DiscoveryError extends Error {}

export interface Discovery {
  /** Absolute paths, deduplicated, sorted by their path relative to cwd. */
  files: string[];
  /** Explicitly named files skipped because a .factlintignore matches them. */
  ignoredExplicit: string[];
  /** What was wrong with each command-line path that names nothing or glob that matches nothing. */
  unmatched: string[];
}

type IgnoreInstance = ReturnType<typeof ignore>;

/** The ignore files of each folder, read once. */
class IgnoreFiles {
  private readonly cache = new Map<string, Promise<IgnoreInstance | undefined>>();
  constructor(private readonly names: readonly string[]) {}

  of(dir: string): Promise<IgnoreInstance | undefined> {
    let found = this.cache.get(dir);
    if (!found) {
      found = (async () => {
        let ig: IgnoreInstance | undefined;
        for (const name of this.names) {
          const text = readIgnoreFile(join(dir, name));
          if (text !== undefined) (ig ??= ignore()).add(text);
        }
        return ig;
      })();
      this.cache.set(dir, found);
    }
    return found;
  }

  /**
   * Whether `path` (absolute, inside `base`) is ignored by the ignore files of `base` and the folders below it
   * down to the path's parent. Deeper files take precedence (a nested `!x` re-includes), and a path inside an
   * ignored folder is ignored.
   */
  async ignored(base: string, path: string, isDirectory: boolean): Promise<boolean> {
    const rel = relativeInside(base, path);
    if (!rel) return false;
    const parts = rel.split('/');
    const layers: { dir: string; ig: IgnoreInstance }[] = [];
    let dir = base;
    for (let i = 0; i < parts.length; i++) {
      const ig = await this.of(dir);
      if (ig) layers.push({ dir, ig });
      const candidate = join(dir, parts[i]!);
      const last = i === parts.length - 1;
      if (testLayers(layers, candidate, last ? isDirectory : true)) return true;
      dir = candidate;
    }
    return false;
  }
}

function testLayers(layers: readonly { dir: string; ig: IgnoreInstance }[], path: string, isDirectory: boolean): boolean {
  let ignored = false;
  for (const { dir, ig } of layers) {
    const rel = relativeInside(dir, path);
    if (!rel) continue;
    const result = ig.test(isDirectory ? `${rel}/` : rel);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

/** The folder whose ignore files apply first: the enclosing Git work tree, else cwd. */
export async function findIgnoreRoot(cwd: string): Promise<string> {
  return (await repositoryRoot(cwd)) ?? cwd;
}

export interface DiscoveryOptions {
  /** An ignore file (gitignore syntax, relative to its folder) used instead of the .factlintignore files. */
  ignorePath?: string;
  /** Honour no ignore file at all. */
  noIgnore?: boolean;
}

/** The patterns of an --ignore-path file, anchored at its folder. */
class IgnorePathFile {
  private constructor(
    private readonly dir: string,
    private readonly ig: IgnoreInstance,
  ) {}

  static async read(path: string, cwd: string): Promise<IgnorePathFile> {
    let text: string;
    try {
      text = readRegularTextFile(path); // a FIFO or device is refused, never read
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      throw new DiscoveryError(`cannot read the ignore file ${display(path, cwd)}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
    }
    return new IgnorePathFile(dirname(path), ignore().add(text));
  }

  ignores(path: string, isDirectory: boolean): boolean {
    const rel = relativeInside(this.dir, path);
    return rel !== undefined && rel !== '' && this.ig.ignores(isDirectory ? `${rel}/` : rel);
  }
}

/**
 * Expands the command-line paths: none (or only `!` patterns) = every Markdown file under cwd; a folder = its
 * Markdown files (even a folder an ignore file above it excludes); a glob (tinyglobby) = its Markdown matches; a
 * file = itself unless a .factlintignore matches it. A `!glob` removes its matches from the result.
 */
export async function discoverFiles(allPatterns: readonly string[], cwd: string, options: DiscoveryOptions = {}): Promise<Discovery> {
  const root = await findIgnoreRoot(cwd);
  const ignorePath = options.ignorePath && !options.noIgnore ? await IgnorePathFile.read(resolve(cwd, options.ignorePath), cwd) : undefined;
  const gitignores = new IgnoreFiles(options.noIgnore ? [] : ignorePath ? ['.gitignore'] : ['.gitignore', '.factlintignore']);
  const factlintignores = new IgnoreFiles(options.noIgnore || ignorePath ? [] : ['.factlintignore']);
  const both = { ignored: async (base: string, path: string, isDirectory: boolean) => (ignorePath?.ignores(path, isDirectory) ?? false) || (await gitignores.ignored(base, path, isDirectory)) };
  const factlintOnly = { ignored: async (base: string, path: string, isDirectory: boolean) => (ignorePath?.ignores(path, isDirectory) ?? false) || (await factlintignores.ignored(base, path, isDirectory)) };
  const patterns = allPatterns.filter((p) => !p.startsWith('!'));
  const negated = allPatterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const found = new Set<string>();
  const ignoredExplicit: string[] = [];
  const unmatched: string[] = [];
  const baseFor = (path: string) => (relativeInside(root, path) !== undefined ? root : dirname(path));

  const walk = async (dir: string, base: string) => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      throw new DiscoveryError(`cannot read folder ${display(dir, cwd)}: ${(error as Error).message}`);
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (SKIPPED_DIRS.has(entry.name)) continue;
        if (await both.ignored(base, path, true)) continue;
        await walk(path, base);
      } else if (MARKDOWN_FILE.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && (await isFile(path))))) {
        if (!(await both.ignored(base, path, false))) found.add(path);
      }
    }
  };

  if (patterns.length === 0) await walk(cwd, baseFor(cwd));

  for (const pattern of patterns) {
    const path = resolve(cwd, pattern);
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      // A folder named on the command line is linted even when an ignore file above it excludes it (the user
      // asked for it); the ignore files inside it still apply.
      const inside = relativeInside(root, path) !== undefined;
      const base = inside && !(await both.ignored(root, path, true)) ? root : path;
      await walk(path, base);
    } else if (info) {
      if (await factlintOnly.ignored(baseFor(path), path, false)) ignoredExplicit.push(path);
      else found.add(path);
    } else if (isDynamicPattern(pattern)) {
      const matches = await glob(pattern, { cwd, absolute: true, onlyFiles: true, dot: false, ignore: ['**/node_modules/**', '**/.git/**'], expandDirectories: false });
      let kept = 0;
      for (const match of matches) {
        const abs = resolve(match);
        if (!MARKDOWN_FILE.test(abs) || (await both.ignored(baseFor(abs), abs, false))) continue;
        found.add(abs);
        kept++;
      }
      if (kept === 0 && matches.length === 0) unmatched.push(`no files match the pattern "${pattern}"`);
    } else {
      unmatched.push(`no such file or folder: ${pattern}`);
    }
  }
  for (const pattern of negated) {
    for (const match of await glob(pattern, { cwd, absolute: true, onlyFiles: true, dot: true, expandDirectories: true })) found.delete(resolve(match));
  }
  const files = [...found].map((p) => ({ p, key: display(p, cwd) }));
  files.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { files: files.map((f) => f.p), ignoredExplicit, unmatched };
}

/** An ignore file's text; undefined when absent or unreadable. A FIFO or device is refused (reading it would hang). */
function readIgnoreFile(path: string): string | undefined {
  try {
    return readRegularTextFile(path);
  } catch (error) {
    if (error instanceof NotRegularFileError) throw new DiscoveryError(`cannot read the ignore file ${path}: ${error.message}`);
    return undefined;
  }
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

/** A path as printed: relative to cwd with forward slashes when inside it, else absolute. */
export function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  if (rel === '') return '.';
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return path.split(sep).join('/');
  return rel.split(sep).join('/');
}
