// Finds factlint configuration files (.factlintrc.json/.yaml/.yml, package.json "factlint") and chains nested ones;
// config-parse.ts parses and validates them with located errors, and is loaded only when a configuration is found.
import { realpath, stat } from 'node:fs/promises';
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
  constructor(
    readonly problems: ConfigProblem[],
    /** After a schema failure: the `rules` entries as written, still to be checked against the rules. */
    readonly unchecked?: { rules: Record<string, unknown>; locate: LoadedConfig['locate'] },
  ) {
    super(problems.map(formatConfigProblem).join('\n'));
  }
}

export interface LoadedConfig {
  /** Absolute path of the file the configuration came from. */
  file: string;
  /** The folder relative paths in the configuration are resolved against. */
  dir: string;
  config: Config;
  /** Absolute dataset paths (files or folders), or undefined when neither this config nor one it extends names any. */
  datasets: string[] | undefined;
  /** The config file that named `datasets` (this one or one it extends). */
  datasetsFrom: LoadedConfig | undefined;
  /** Rule settings, those of the configs it extends below this file's own. */
  rules: Record<string, RuleSetting>;
  /** The files in effect, this one first, then each config it extends (each with only its own settings). */
  chain: LoadedConfig[];
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
  try {
    return parseConfig(file, text, options);
  } catch (error) {
    // Every problem at once: a bad severity must not hide an unknown rule or a bad option below it.
    if (!(error instanceof ConfigError) || !error.unchecked) throw error;
    const { ruleSettingProblems } = await import('./config-rules.js');
    const more = await ruleSettingProblems(file, error.unchecked.rules, error.unchecked.locate);
    const problems = [...error.problems, ...more.filter((p) => !error.problems.some((q) => formatConfigProblem(q) === formatConfigProblem(p)))];
    throw new ConfigError(problems.sort((a, b) => a.line - b.line || a.column - b.column));
  }
}

function isJsonWithout(text: string, key: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(key in value);
  } catch {
    return false; // not JSON: the parser locates the problem
  }
}

export interface ResolverOptions {
  /** The --config file, used for every linted file instead of discovery. */
  configFile?: string;
  /** Look for configs above the repository root (the folder holding `.git`) too. */
  aboveRepository?: boolean;
  /** The command line names the dataset: configs' datasets are not used, so not checked. */
  datasetOnCommandLine?: boolean;
}

/**
 * Finds the configuration of a file: the nearest folder holding a config file (the file's own, then upwards to the
 * repository root, or the filesystem root outside a repository) gives it, extending the configs above it unless it
 * says `"root": true`. Results are cached per folder.
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, Promise<LoadedConfig | undefined>>();
  private explicit: Promise<LoadedConfig | undefined> | undefined;
  private readonly configFile: string | undefined;
  private readonly aboveRepository: boolean;
  private readonly datasetOnCommandLine: boolean;

  constructor(options: ResolverOptions = {}) {
    this.configFile = options.configFile;
    this.aboveRepository = options.aboveRepository ?? false;
    this.datasetOnCommandLine = options.datasetOnCommandLine ?? false;
  }

  /** Reads one config file's text, refusing a dataset it names outside the project. */
  private async parse(file: string, text: string, options: { packageKey?: string }): Promise<LoadedConfig | undefined> {
    const loaded = await parseConfigText(file, text, options);
    if (loaded && !this.datasetOnCommandLine) await refuseDatasetsOutside(loaded);
    return loaded;
  }

  /** The configuration for a linted file (absolute path), or undefined when there is none. Throws ConfigError. */
  forFile(path: string): Promise<LoadedConfig | undefined> {
    if (this.configFile) {
      this.explicit ??= loadConfigFile(this.configFile).then(async (c) => {
        if (c && !this.datasetOnCommandLine) await refuseDatasetsOutside(c);
        return c ?? (await emptyConfig(this.configFile!));
      });
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
          const loaded = await this.parse(file, text, name === 'package.json' ? { packageKey: 'factlint' } : {});
          if (loaded) return loaded.config.root ? loaded : extendConfig(await this.above(dir), loaded);
        }
        return this.above(dir);
      })();
      this.byDir.set(dir, found);
    }
    return found;
  }

  /** The configuration that applies above `dir`: none at the repository root (unless asked) or the filesystem root. */
  private async above(dir: string): Promise<LoadedConfig | undefined> {
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    if (!this.aboveRepository && (await isRepositoryRoot(dir))) return undefined;
    return this.forDir(parent);
  }
}

/** A config that extends `base`: its own dataset, else the base's; the base's rules under its own; both ignore lists. */
export function extendConfig(base: LoadedConfig | undefined, own: LoadedConfig): LoadedConfig {
  if (!base) return own;
  const rules: Record<string, RuleSetting> = { ...base.rules };
  for (const [id, setting] of Object.entries(own.rules)) {
    const below = rules[id];
    // A bare severity keeps the options set above it.
    rules[id] = typeof setting === 'string' && below !== undefined && typeof below === 'object' ? { ...below, severity: setting } : setting;
  }
  return {
    ...own,
    datasets: own.datasets ?? base.datasets,
    datasetsFrom: own.datasets ? own : base.datasetsFrom,
    rules,
    chain: [own, ...base.chain],
    ignores: (path, isDirectory) => own.ignores(path, isDirectory) || base.ignores(path, isDirectory),
  };
}

/**
 * A config may name a dataset inside its own folder or its repository; anything else (another user's files,
 * /etc) is refused, located at the config's entry, unless the command line names the dataset.
 */
async function refuseDatasetsOutside(config: LoadedConfig): Promise<void> {
  if (!config.datasets) return;
  const projects = [await realPathOrSelf(config.dir)];
  const repository = await repositoryRoot(config.dir);
  if (repository) projects.push(await realPathOrSelf(repository));
  const problems: ConfigProblem[] = [];
  for (const [i, path] of config.datasets.entries()) {
    const real = await realPathOrSelf(path);
    if (projects.some((dir) => relativeInside(dir, real) !== undefined)) continue;
    const at = config.locate(Array.isArray(config.config.dataset) ? ['dataset', i] : ['dataset']);
    problems.push({ file: config.file, ...at, message: `dataset: ${path} is outside the project (${repository ? 'the repository and ' : ''}the config's folder); name it on the command line with --dataset to use it` });
  }
  if (problems.length) throw new ConfigError(problems);
}

/** Whether `dir` holds `.git` (a folder, or a file in a worktree or submodule). */
export async function isRepositoryRoot(dir: string): Promise<boolean> {
  return stat(join(dir, '.git')).then(() => true, () => false);
}

/** The folder of the repository holding `path`, or undefined outside one. */
export async function repositoryRoot(path: string): Promise<string | undefined> {
  for (let dir = path; ; dir = dirname(dir)) {
    if (await isRepositoryRoot(dir)) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The real path of `path` (symbolic links resolved), or `path` itself when it does not exist. */
export async function realPathOrSelf(path: string): Promise<string> {
  return realpath(path).catch(() => path);
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
