// Parses and validates factlint's command-line arguments; holds the --help text.
import { parseArgs } from 'node:util';
import type { Severity } from '@factlint/schemas';
import { parseSize } from '../shared/size.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  patterns: string[];
  /** `-` was given: read the document from stdin. */
  stdin: boolean;
  stdinFilename: string | undefined;
  config: string | undefined;
  datasets: string[];
  rules: Record<string, Severity>;
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
  /** Worker threads: undefined = automatic. 0 or 1 = in the main thread. */
  concurrency: number | undefined;
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

Configuration (nearest to each file wins; no merging):
  .factlintrc.json, .factlintrc.yaml, .factlintrc.yml, or "factlint" in package.json
  -c, --config FILE          use FILE for every file instead of discovery
      --dataset PATH         dataset file or folder (repeatable); overrides the config's
      --rule ID=SEVERITY     off|info|warning|error (repeatable); overrides the config's

Output:
  -f, --format NAME          stylish (default), json, sarif or github
  -o, --output FILE          write the report to FILE instead of stdout
      --quiet                report errors only
      --max-warnings N       exit 1 when there are more than N warnings (default -1: no limit)

Fixing:
      --fix                  apply certain fixes and write the files (atomically)
      --fix-dry-run          print a unified diff of what --fix would change; change nothing

Input:
      --stdin-filename NAME  name of the document read from "-" (output, config discovery)
      --max-file-size SIZE   drafts larger than SIZE are not checked (one finding says so; default 10MB)
      --max-dataset-size SIZE  dataset files larger than SIZE are refused (default 20MB)

Speed and CI:
      --cache                reuse results of unchanged files (keyed by content hashes)
      --cache-location PATH  cache file (default node_modules/.cache/factlint/cache.json)
      --shard I/N            lint only shard I of N: file k of the sorted list goes to shard (k mod N)+1
      --concurrency N|auto   threads in all (default auto: all cores on machines with 4 or more, from ~400 KB of Markdown on; 1 = main thread only)

  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no error findings (and warnings within --max-warnings); 1 findings;
2 usage, configuration or dataset error, or an unreadable file.
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
        dataset: { type: 'string', multiple: true },
        rule: { type: 'string', multiple: true },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        shard: { type: 'string' },
        concurrency: { type: 'string' },
        'max-file-size': { type: 'string' },
        'max-dataset-size': { type: 'string' },
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
    if (!match || !SEVERITIES.has(match[2]!)) throw new UsageError(`--rule expects ID=SEVERITY with SEVERITY off, info, warning or error (got "${rule}")`);
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
  if (stdin && positionals.length > 1) throw new UsageError('"-" (stdin) cannot be combined with other paths');
  if (values['stdin-filename'] !== undefined && !stdin) throw new UsageError('--stdin-filename needs "-" to read the document from stdin');
  if (stdin && values.fix) throw new UsageError('--fix cannot write to stdin: use --fix-dry-run to see the changes');
  if (values.fix && values['fix-dry-run']) throw new UsageError('use either --fix or --fix-dry-run, not both');

  return {
    patterns: stdin ? [] : positionals,
    stdin,
    stdinFilename: values['stdin-filename'],
    config: values.config,
    datasets: values.dataset ?? [],
    rules,
    format,
    output: values.output,
    maxWarnings,
    quiet: values.quiet ?? false,
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    cache: values.cache ?? false,
    cacheLocation: values['cache-location'],
    shard,
    concurrency,
    maxFileSize,
    maxDatasetSize,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}
