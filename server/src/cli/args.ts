// Parses and validates factlint's command-line arguments; holds the --help text.
import { parseArgs } from 'node:util';
import type { Severity } from '@factlint/schemas';
import { parseSize } from '../shared/size.js';
import { severityHint } from '../shared/severity-hint.js';
import { BUSY_LOAD_ABOVE_CORES, PARALLEL_MIN_CHARS, PARALLEL_MIN_CORES } from './pool.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  patterns: string[];
  /** `-` was given: read the document from stdin. */
  stdin: boolean;
  stdinFilename: string | undefined;
  config: string | undefined;
  /** Look for configuration files above the repository root too. */
  configAboveRepository: boolean;
  datasets: string[];
  rules: Record<string, Severity>;
  /** Report suppression comments that silence nothing (rule disable-directive with `unused`). */
  reportUnusedDisableDirectives: boolean;
  format: Format;
  output: string | undefined;
  maxWarnings: number;
  quiet: boolean;
  fix: boolean;
  fixDryRun: boolean;
  cache: boolean;
  cacheLocation: string | undefined;
  shard: { index: number; count: number } | undefined;
  /** Size limits in bytes (undefined: the config's, else the defaults of node/read-file.ts). */
  maxFileSize: number | undefined;
  maxDatasetSize: number | undefined;
  /** An ignore file used instead of the .factlintignore files. */
  ignorePath: string | undefined;
  /** Honour no ignore file and no config `ignore` globs. */
  noIgnore: boolean;
  /** A path or glob that matches nothing is a warning instead of an error (exit 2). */
  errorOnUnmatchedPattern: boolean;
  /** Worker threads: undefined = automatic. 0 or 1 = in the main thread. */
  concurrency: number | undefined;
  /** --print-config FILE: print the resolved settings of FILE instead of linting. */
  printConfig: string | undefined;
  listRules: boolean;
  help: boolean;
  version: boolean;
}

/** A bad command line: reported with exit code 2. */
export class UsageError extends Error {}

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);

export const HELP = `Usage: factlint [options] [paths, folders or globs…]
       factlint [options] - --stdin-filename NAME < draft.md

Fact-checks the numbers in Markdown drafts against a dataset.
Without paths, lints every *.md and *.markdown file under the current folder,
honouring .gitignore and .factlintignore files (never node_modules).

Configuration (the nearest to each file, extending those above it up to the
repository root unless it says "root": true):
  .factlintrc.json, .factlintrc.yaml, .factlintrc.yml, or "factlint" in package.json
  -c, --config FILE          use FILE for every file instead of discovery
      --config-above-repo    also look above the repository root (the folder holding .git)
      --dataset PATH         dataset file or folder (repeatable); overrides the config's
                             (a config may only name datasets inside its folder or repository)
      --rule ID=SEVERITY     off|info|warning|error (repeatable); overrides the config's
      --report-unused-disable-directives
                             report factlint-disable comments that silence nothing

Output:
  -f, --format NAME          stylish (default), json, sarif or github
  -o, --output FILE          write the report to FILE instead of stdout
      --quiet                report errors only
      --max-warnings N       exit 1 when there are more than N warnings (default -1: no limit)

Fixing:
      --fix                  apply certain fixes and write the files (atomically)
      --fix-dry-run          print a unified diff of what --fix would change; change nothing

Input:
  "!GLOB"                    leave out the files GLOB matches ("**/*.md" "!drafts/**")
      --ignore-path FILE     ignore what FILE lists (gitignore syntax, relative to its folder)
                             instead of the .factlintignore files; .gitignore files still apply
      --no-ignore            honour no ignore file and no config "ignore" globs
      --stdin-filename NAME  name of the document read from "-" (output, config discovery)
      --max-file-size SIZE   drafts larger than SIZE are not checked (one finding says so; default 10MB)
      --max-dataset-size SIZE  dataset files larger than SIZE are refused (default 20MB)
      --no-error-on-unmatched-pattern
                             a path or glob that matches nothing is a warning, not an error

Speed and CI:
      --cache                reuse results of unchanged files (keyed by content hashes)
      --cache-location PATH  cache file (default node_modules/.cache/factlint/cache.json)
      --shard I/N            lint only shard I of N: file k of the sorted list goes to shard (k mod N)+1
      --concurrency N|auto   threads in all (default auto: all cores on machines with ${PARALLEL_MIN_CORES} or more, from ~${PARALLEL_MIN_CHARS / 1_000_000} MB of Markdown on, unless the load average is the cores + ${BUSY_LOAD_ABOVE_CORES} or more; 1 = main thread only)

Look-ups (nothing is linted):
      --print-config FILE    print the configs, dataset and every rule's setting that apply to FILE (JSON)
      --list-rules           list the rules: id, default severity, fixable, description (-f json: JSON)

  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no error findings (and warnings within --max-warnings); 1 findings;
2 usage, configuration or dataset error, an unreadable file, or a path or glob
that matches nothing (after the other files are reported).
Colours: on a terminal unless NO_COLOR is set; FORCE_COLOR forces them.
`;

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', short: 'c' },
        'config-above-repo': { type: 'boolean' },
        dataset: { type: 'string', multiple: true },
        rule: { type: 'string', multiple: true },
        'report-unused-disable-directives': { type: 'boolean' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        'no-error-on-unmatched-pattern': { type: 'boolean' },
        'ignore-path': { type: 'string' },
        'no-ignore': { type: 'boolean' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        shard: { type: 'string' },
        concurrency: { type: 'string' },
        'max-file-size': { type: 'string' },
        'max-dataset-size': { type: 'string' },
        'print-config': { type: 'string' },
        'list-rules': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;

  const format = (values.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}" (use ${FORMATS.join(', ')})`);

  const rules: Record<string, Severity> = {};
  for (const rule of values.rule ?? []) {
    const match = /^([^=\s]+)\s*=\s*(\S+)$/.exec(rule);
    if (!match || !SEVERITIES.has(match[2]!)) throw new UsageError(`--rule expects ID=SEVERITY with SEVERITY off, info, warning or error (got "${rule}")${severityHint(match?.[2])}`);
    rules[match[1]!] = match[2] as Severity;
  }

  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    const n = Number(values['max-warnings']);
    if (!Number.isInteger(n) || n < -1) throw new UsageError(`--max-warnings expects a whole number ≥ -1 (got "${values['max-warnings']}")`);
    maxWarnings = n;
  }

  let shard: CliOptions['shard'];
  if (values.shard !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(values.shard);
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || count < 1 || index < 1 || index > count) throw new UsageError(`--shard expects I/N with 1 ≤ I ≤ N (got "${values.shard}")`);
    shard = { index, count };
  }

  let concurrency: number | undefined;
  if (values.concurrency !== undefined && values.concurrency !== 'auto') {
    const n = Number(values.concurrency);
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`--concurrency expects a whole number or "auto" (got "${values.concurrency}")`);
    concurrency = n;
  }

  const size = (flag: 'max-file-size' | 'max-dataset-size'): number | undefined => {
    const value = values[flag];
    if (value === undefined) return undefined;
    const bytes = parseSize(value);
    if (bytes === undefined) throw new UsageError(`--${flag} expects a size such as 10MB, 512KB or a number of bytes (got "${value}")`);
    return bytes;
  };
  const maxFileSize = size('max-file-size');
  const maxDatasetSize = size('max-dataset-size');

  const stdin = positionals.includes('-');
  if (values['ignore-path'] !== undefined && values['no-ignore']) throw new UsageError('use either --ignore-path or --no-ignore, not both');
  if (stdin && positionals.length > 1) throw new UsageError('"-" (stdin) cannot be combined with other paths');
  if (values['stdin-filename'] !== undefined && !stdin) throw new UsageError('--stdin-filename needs "-" to read the document from stdin');
  if (stdin && values.fix) throw new UsageError('--fix cannot write to stdin: use --fix-dry-run to see the changes');
  if (values.fix && values['fix-dry-run']) throw new UsageError('use either --fix or --fix-dry-run, not both');

  return {
    patterns: stdin ? [] : positionals,
    stdin,
    stdinFilename: values['stdin-filename'],
    config: values.config,
    configAboveRepository: values['config-above-repo'] ?? false,
    datasets: values.dataset ?? [],
    rules,
    reportUnusedDisableDirectives: values['report-unused-disable-directives'] ?? false,
    format,
    output: values.output,
    maxWarnings,
    quiet: values.quiet ?? false,
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    cache: values.cache ?? false,
    cacheLocation: values['cache-location'],
    shard,
    errorOnUnmatchedPattern: !values['no-error-on-unmatched-pattern'],
    ignorePath: values['ignore-path'],
    noIgnore: values['no-ignore'] ?? false,
    concurrency,
    maxFileSize,
    maxDatasetSize,
    printConfig: values['print-config'],
    listRules: values['list-rules'] ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}
