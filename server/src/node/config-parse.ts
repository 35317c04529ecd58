// Parses and validates one factlint configuration text (JSON or YAML) against the zod schema, with located errors.
// Loaded by config.ts only when a configuration file is found.
import { dirname, resolve } from 'node:path';
import { Config } from '@factlint/schemas';
import type { z } from 'zod';
import { quote, quoteList } from '../shared/excerpt.js';
import { isJsonPath, locateIssue, parseLocatedYaml } from '../shared/located-yaml.js';
import type { PathKey } from '../shared/format-path.js';
import { severityHint } from '../shared/severity-hint.js';
import { anchoredIgnore, ConfigError, formatConfigPath, relativeInside, type ConfigProblem, type LoadedConfig } from './config.js';

/**
 * Parses and validates one configuration text. `file` is used in messages and to resolve relative paths.
 * For package.json, pass `packageKey: 'factlint'`: a package.json without that key gives undefined.
 */
export function parseConfig(file: string, text: string, options: { packageKey?: string } = {}): LoadedConfig | undefined {
  const json = isJsonPath(file);
  const parsed = parseLocatedYaml(text, { json });
  const prefix: PathKey[] = options.packageKey ? [options.packageKey] : [];
  const locate = (path: readonly PathKey[], key = false) => parsed.locate([...prefix, ...path], key);
  const problems: ConfigProblem[] = parsed.syntaxErrors.map((error) => ({ file, line: error.line, column: error.column, message: `${json ? 'JSON' : 'YAML'} syntax error: ${error.message}` }));
  if (problems.length) throw new ConfigError(problems);

  const plain = parsed.toPlain();
  if ('problem' in plain) throw new ConfigError([{ file, ...plain.problem, message: `the configuration ${plain.problem.message}` }]);
  let raw: unknown = plain.value;
  if (options.packageKey) {
    if (typeof raw !== 'object' || raw === null || !(options.packageKey in raw)) return undefined;
    raw = (raw as Record<string, unknown>)[options.packageKey] ?? {};
  }
  const result = Config.safeParse(raw, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const { path, position } = locateIssue(issue, locate);
      problems.push({ file, ...position, message: describeIssue(issue, path, prefix) });
    }
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    const rules = (raw as { rules?: unknown } | null)?.rules;
    const written = rules && typeof rules === 'object' && !Array.isArray(rules) ? (rules as Record<string, unknown>) : undefined;
    throw new ConfigError(problems, written ? { rules: written, locate } : undefined);
  }
  const config = result.data;
  const dir = dirname(file);
  const datasets = config.dataset === undefined ? undefined : (Array.isArray(config.dataset) ? config.dataset : [config.dataset]).map((p) => resolve(dir, p));
  const matcher = anchoredIgnore(config.ignore);
  const loaded: LoadedConfig = {
    file,
    dir,
    config,
    datasets,
    datasetsFrom: undefined,
    rules: config.rules,
    chain: [],
    ignores(path, isDirectory = false) {
      if (!config.ignore.length) return false;
      const rel = relativeInside(dir, path);
      return rel !== undefined && rel !== '' && matcher.ignores(isDirectory ? `${rel}/` : rel);
    },
    locate,
  };
  loaded.chain.push(loaded);
  if (datasets) loaded.datasetsFrom = loaded;
  return loaded;
}


const SEVERITIES = '"off", "info", "warning" or "error"';

function describeIssue(issue: z.core.$ZodIssue, path: readonly PathKey[], prefix: readonly PathKey[]): string {
  const where = path.length || prefix.length ? formatConfigPath([...prefix, ...path]) : 'configuration';
  const inRules = path[0] === 'rules' && path.length >= 2;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${where}: unknown field ${quoteList(issue.keys)} (known: ${Object.keys(Config.shape).join(', ')})`;
    case 'invalid_type':
      if (issue.input === undefined) return `${where}: expected ${issue.expected} (missing)`;
      return `${where}: expected ${issue.expected}, got ${describeValue(issue.input)}`;
    case 'invalid_union':
      if (inRules) return `${where}: expected a severity (${SEVERITIES}) or { "severity": …, …options }${issue.input === undefined ? '' : `, got ${describeValue(issue.input)}`}${severityHint(issue.input)}`;
      if (path[0] === 'dataset') return `${where}: expected a path or a non-empty list of paths`;
      return `${where}: ${issue.message}`;
    case 'invalid_value':
      if (inRules) return `${where}: expected a severity (${SEVERITIES}), got ${describeValue(issue.input)}${severityHint(issue.input)}`;
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
  if (typeof value === 'string') return quote(value);
  return `${typeof value} ${String(value)}`;
}
