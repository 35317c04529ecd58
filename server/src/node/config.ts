// Finds factlint configuration files (.factlintrc.json/.yaml/.yml, package.json "factlint"); config-parse.ts parses
// and validates them with located errors, and is loaded only when a configuration is found.
import { basename, dirname, isAbsolute, join } from 'node:path';
import type { Config, RuleSetting } from '@factlint/schemas';
import ignore from 'ignore';
import { formatPath, type PathKey } from '../shared/format-path.js';
import { readRegularTextFile } from './read-file.js';

/** Config file names looked for in each folder, in order of precedence. */
export const CONFIG_FILE_NAMES = ['.factlintrc.json', '.factlintrc.yaml', '.factlintrc.yml', 'package.json'] as const;

export interface ConfigProblem {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  message: string;
}

export function formatConfigProblem(p: ConfigProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

/** A configuration file that failed to parse or validate; every problem is located. */
export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map(formatConfigProblem).join('\n'));
  }
}

export interface LoadedConfig {
  /** Absolute path of the file the configuration came from. */
  file: string;
  /** The folder relative paths in the configuration are resolved against. */
  dir: string;
  config: Config;
  /** Absolute dataset paths (files or folders), or undefined when the config names none. */
  datasets: string[] | undefined;
  rules: Record<string, RuleSetting>;
  /** Whether `path` (absolute) matches one of the config's `ignore` globs. */
  ignores(path: string, isDirectory?: boolean): boolean;
  /** 1-based position of a node of the configuration, by its path inside the config object (e.g. ['rules', 'cagr']). */
  locate(path: readonly PathKey[], key?: boolean): { line: number; column: number };
}

/** Reads and parses a configuration file; for package.json only its "factlint" key counts. */
export async function loadConfigFile(file: string): Promise<LoadedConfig | undefined> {
  let text: string;
  try {
    text = readRegularTextFile(file);
  } catch (error) {
    throw new ConfigError([{ file, line: 1, column: 1, message: `cannot read the configuration: ${(error as Error).message}` }]);
  }
  const isPackage = basename(file) === 'package.json';
  return parseConfigText(file, text, isPackage ? { packageKey: 'factlint' } : {});
}

/**
 * Parses and validates one configuration text (see config-parse.ts). A package.json that is plain JSON without a
 * "factlint" key is no configuration, and is passed over without loading the YAML and schema libraries.
 */
export async function parseConfigText(file: string, text: string, options: { packageKey?: string } = {}): Promise<LoadedConfig | undefined> {
  if (options.packageKey !== undefined && isJsonWithout(text, options.packageKey)) return undefined;
  const { parseConfig } = await import('./config-parse.js');
  return parseConfig(file, text, options);
}

function isJsonWithout(text: string, key: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(key in value);
  } catch {
    return false; // not JSON: the parser locates the problem
  }
}

/**
 * Finds the configuration of a file: the nearest folder (the file's own, then upwards to the filesystem root)
 * holding a config file wins, with no merging. Results are cached per folder.
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, Promise<LoadedConfig | undefined>>();
  private explicit: Promise<LoadedConfig | undefined> | undefined;

  /** `configFile`: the --config file, used for every linted file instead of discovery. */
  constructor(private readonly configFile?: string) {}

  /** The configuration for a linted file (absolute path), or undefined when there is none. Throws ConfigError. */
  forFile(path: string): Promise<LoadedConfig | undefined> {
    if (this.configFile) {
      this.explicit ??= loadConfigFile(this.configFile).then(async (c) => c ?? (await emptyConfig(this.configFile!)));
      return this.explicit;
    }
    return this.forDir(dirname(path));
  }

  private forDir(dir: string): Promise<LoadedConfig | undefined> {
    let found = this.byDir.get(dir);
    if (!found) {
      found = (async () => {
        for (const name of CONFIG_FILE_NAMES) {
          const file = join(dir, name);
          let text: string;
          try {
            text = readRegularTextFile(file);
          } catch (error) {
            if (isMissing(error)) continue;
            throw new ConfigError([{ file, line: 1, column: 1, message: `cannot read the configuration: ${(error as Error).message}` }]);
          }
          const loaded = await parseConfigText(file, text, name === 'package.json' ? { packageKey: 'factlint' } : {});
          if (loaded) return loaded;
        }
        const parent = dirname(dir);
        return parent === dir ? undefined : this.forDir(parent);
      })();
      this.byDir.set(dir, found);
    }
    return found;
  }
}

/** A package.json named by --config without a "factlint" key: the defaults. */
async function emptyConfig(file: string): Promise<LoadedConfig> {
  return (await parseConfigText(file, '{}'))!;
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** Config `ignore` globs are relative to the config's folder: anchor each one as a gitignore pattern. */
export function anchoredIgnore(globs: readonly string[]): ignore.Ignore {
  const ig = ignore();
  for (const glob of globs) {
    const negated = glob.startsWith('!');
    const body = (negated ? glob.slice(1) : glob).replace(/^\.\//, '');
    ig.add(`${negated ? '!' : ''}${body.startsWith('/') ? body : `/${body}`}`);
  }
  return ig;
}

/** `path` relative to `dir` with forward slashes, or undefined when it is outside `dir`. */
export function relativeInside(dir: string, path: string): string | undefined {
  const d = dir.endsWith('/') || dir.endsWith('\\') ? dir : `${dir}/`;
  const p = path.replace(/\\/g, '/');
  const base = d.replace(/\\/g, '/');
  if (p === base.slice(0, -1)) return '';
  if (!p.startsWith(base)) return undefined;
  const rel = p.slice(base.length);
  return isAbsolute(rel) ? undefined : rel;
}

export const formatConfigPath = formatPath;
