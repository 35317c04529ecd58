// Finds, parses and validates factlint configuration files (.factlintrc.json/.yaml/.yml, package.json "factlint"), with located errors.
import { readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { Config } from '@factlint/schemas';
import type { RuleSetting } from '@factlint/schemas';
import ignore from 'ignore';
import { formatPath, parseLocatedYaml, type PathKey } from '../shared/located-yaml.js';
import type { z } from 'zod';

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

/**
 * Parses and validates one configuration text. `file` is used in messages and to resolve relative paths.
 * For package.json, pass `packageKey: 'factlint'`: a package.json without that key gives undefined.
 */
export function parseConfig(file: string, text: string, options: { packageKey?: string } = {}): LoadedConfig | undefined {
  const parsed = parseLocatedYaml(text);
  const doc = parsed.doc;
  const prefix: PathKey[] = options.packageKey ? [options.packageKey] : [];
  const locate = (path: readonly PathKey[], key = false) => parsed.locate([...prefix, ...path], key);
  const problems: ConfigProblem[] = parsed.syntaxErrors.map((error) => ({ file, line: error.line, column: error.column, message: `syntax error: ${error.message}` }));
  if (problems.length) throw new ConfigError(problems);

  let raw: unknown = doc.toJS() ?? {};
  if (options.packageKey) {
    if (typeof raw !== 'object' || raw === null || !(options.packageKey in raw)) return undefined;
    raw = (raw as Record<string, unknown>)[options.packageKey] ?? {};
  }
  const result = Config.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((k): k is PathKey => typeof k !== 'symbol');
      const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
      const pos = unknownKey !== undefined ? locate([...path, unknownKey], true) : locate(path);
      problems.push({ file, ...pos, message: describeIssue(issue, path, prefix) });
    }
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    throw new ConfigError(problems);
  }
  const config = result.data;
  const dir = dirname(file);
  const datasets = config.dataset === undefined ? undefined : (Array.isArray(config.dataset) ? config.dataset : [config.dataset]).map((p) => resolve(dir, p));
  const matcher = anchoredIgnore(config.ignore);
  return {
    file,
    dir,
    config,
    datasets,
    rules: config.rules,
    ignores(path, isDirectory = false) {
      if (!config.ignore.length) return false;
      const rel = relativeInside(dir, path);
      return rel !== undefined && rel !== '' && matcher.ignores(isDirectory ? `${rel}/` : rel);
    },
    locate,
  };
}

/** Reads and parses a configuration file; for package.json only its "factlint" key counts. */
export async function loadConfigFile(file: string): Promise<LoadedConfig | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError([{ file, line: 1, column: 1, message: `cannot read the configuration: ${(error as Error).message}` }]);
  }
  const isPackage = basename(file) === 'package.json';
  return parseConfig(file, text, isPackage ? { packageKey: 'factlint' } : {});
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
      this.explicit ??= loadConfigFile(this.configFile).then((c) => c ?? emptyConfig(this.configFile!));
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
            text = await readFile(file, 'utf8');
          } catch (error) {
            if (isMissing(error)) continue;
            throw new ConfigError([{ file, line: 1, column: 1, message: `cannot read the configuration: ${(error as Error).message}` }]);
          }
          const loaded = parseConfig(file, text, name === 'package.json' ? { packageKey: 'factlint' } : {});
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
function emptyConfig(file: string): LoadedConfig {
  return parseConfig(file, '{}')!;
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** Config `ignore` globs are relative to the config's folder: anchor each one as a gitignore pattern. */
function anchoredIgnore(globs: readonly string[]): ignore.Ignore {
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

const SEVERITIES = '"off", "info", "warning" or "error"';

function describeIssue(issue: z.core.$ZodIssue, path: readonly PathKey[], prefix: readonly PathKey[]): string {
  const where = path.length || prefix.length ? formatConfigPath([...prefix, ...path]) : 'configuration';
  const inRules = path[0] === 'rules' && path.length >= 2;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${where}: unknown field "${issue.keys.join('", "')}" (known: $schema, dataset, rules, ignore)`;
    case 'invalid_type':
      if (issue.input === undefined) return `${where}: expected ${issue.expected} (missing)`;
      return `${where}: expected ${issue.expected}, got ${describeValue(issue.input)}`;
    case 'invalid_union':
      if (inRules) return `${where}: expected a severity (${SEVERITIES}) or { "severity": …, …options }`;
      if (path[0] === 'dataset') return `${where}: expected a path or a non-empty list of paths`;
      return `${where}: ${issue.message}`;
    case 'invalid_value':
      if (inRules) return `${where}: expected a severity (${SEVERITIES}), got ${describeValue(issue.input)}`;
      return `${where}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `${where}: ${issue.origin === 'string' ? 'must not be empty' : issue.origin === 'array' ? 'must list at least one entry' : issue.message}`;
    default:
      return `${where}: ${issue.message}`;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value);
  return `${typeof value} ${String(value)}`;
}
