// Entry of the factlint CLI: finds files and configs, loads datasets, checks (in parallel, cached), fixes, reports and sets the exit code.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { RuleSetting } from '@factlint/schemas';
import type { DatasetInput, DatasetProblem } from '../engine/dataset/index.js';
import type { RuleMeta } from '../engine/types.js';
import { removeStaleTempFiles, tempFolders, writeFileAtomic } from '../node/atomic-write.js';
import { ConfigError, ConfigResolver, formatConfigProblem, type ConfigProblem, type LoadedConfig } from '../node/config.js';
import { ruleSettingProblems } from '../node/config-rules.js';
import { defaultDatasetPath, readDatasetInputs } from '../node/dataset-files.js';
import { discoverFiles, DiscoveryError, display } from '../node/discover.js';
import { decodeDraft, DEFAULT_MAX_DATASET_BYTES, DEFAULT_MAX_DRAFT_BYTES, FileTooLargeError, readRegularFile } from '../node/read-file.js';
import { escapeControl } from '../shared/excerpt.js';
import { formatSize, parseSize } from '../shared/size.js';
import { HELP, parseCliArgs, UsageError, type CliOptions } from './args.js';
import { formatResolvedSettings, formatRuleList } from './inspect.js';
import { unifiedDiff } from './diff.js';
import { endEarlyWorker, runJobs, StandbyWorkers } from './pool.js';
import type { DatasetReport, FileReport, LintJob, LintResult, RunReport, Summary } from './types.js';

export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

/** Exit codes. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

/** A failure that ends the run with exit code 2: each line goes to stderr, nothing to stdout. */
class Fatal extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

interface Target {
  path: string;
  display: string;
  config: LoadedConfig | undefined;
  /** Read later (or from stdin). */
  text?: string;
  /** The text encodes back to the file's bytes exactly (not so for a Latin-1 file): only then may --fix write it. */
  exact?: boolean;
  /** Not checked: binary content, or over the size limit. */
  unchecked?: { kind: 'binary'; reason: string } | { kind: 'too-large'; size: number; limit: number };
}

interface Settings {
  datasetPaths: string[];
  datasetKey: string;
  defaultDataset: boolean;
  /** The config that named the dataset (undefined for --dataset and the default one). */
  datasetConfig: LoadedConfig | undefined;
  rules: Record<string, RuleSetting>;
  config: LoadedConfig | undefined;
}

interface LoadedDatasetFiles {
  inputs: DatasetInput[];
  report: DatasetReport;
}

export async function readVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const version = await readVersion();
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`factlint: ${error.message}\nRun "factlint --help" for usage.\n`);
    return EXIT_ERROR;
  }
  if (options.help) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  if (options.version) {
    io.stdout.write(`${version}\n`);
    return EXIT_OK;
  }
  try {
    if (options.listRules) {
      io.stdout.write(formatRuleList(await ruleMetadata(), options.format));
      return EXIT_OK;
    }
    if (options.printConfig !== undefined) {
      await printConfig(options.printConfig, options, io);
      return EXIT_OK;
    }
    const { report, exitCode, notes, warnings, unmatched } = await lint(options, io, version);
    const text = await render(report, options, io);
    for (const note of notes) io.stderr.write(`factlint: ${escapeControl(note)}\n`);
    if (options.output) {
      try {
        await mkdir(dirname(resolve(io.cwd, options.output)), { recursive: true });
        await writeFile(resolve(io.cwd, options.output), text);
      } catch (error) {
        throw new Fatal([`factlint: cannot write the report to ${options.output}: ${(error as Error).message}`]);
      }
    } else {
      io.stdout.write(text);
    }
    if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
      io.stderr.write(`factlint: too many warnings (${warnings}${options.quiet ? ', hidden by --quiet' : ''}; --max-warnings ${options.maxWarnings})\n`);
    }
    // As in ESLint: the other files are linted and reported first, then an unmatched pattern fails the run.
    for (const problem of unmatched) {
      io.stderr.write(options.errorOnUnmatchedPattern ? `factlint: error: ${problem} (--no-error-on-unmatched-pattern makes this a warning)\n` : `factlint: warning: ${problem}\n`);
    }
    return unmatched.length && options.errorOnUnmatchedPattern ? EXIT_ERROR : exitCode;
  } catch (error) {
    if (error instanceof Fatal) {
      for (const line of error.lines) io.stderr.write(`${escapeControl(line)}\n`);
      return EXIT_ERROR;
    }
    if (error instanceof ConfigError) {
      for (const line of locatedLines(error.problems, io.cwd)) io.stderr.write(`${line}\n`);
      return EXIT_ERROR;
    }
    if (error instanceof UsageError || error instanceof DiscoveryError) {
      io.stderr.write(`factlint: ${error.message}\n`);
      return EXIT_ERROR;
    }
    io.stderr.write(`factlint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_ERROR;
  }
}

/**
 * The bin's entry: runs main() on process.argv, then exits with its code once stdout and stderr have taken all the
 * output. Exiting then, rather than when the event loop empties, leaves the heap to the kernel instead of V8 tearing
 * it down first: about 40 ms of a 100-draft run (bench/RESULTS.md).
 */
export async function run(): Promise<void> {
  let code: number;
  try {
    code = await main(process.argv.slice(2));
  } finally {
    // The worker the bin started early, if the run ended before its pool took it (a usage error, nothing to check).
    endEarlyWorker();
  }
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}

/**
 * Resolves once a stream has handed everything written to it so far to the system (a pipe can be asynchronous, as on
 * macOS), or has failed (a closed pipe): a write's callback runs after those of the writes before it.
 */
export function flushed(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    if (!stream.writable) resolve();
    else stream.write('', () => resolve());
  });
}

function processIO(): CliIO {
  return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
}

type LintOutput = { report: RunReport; exitCode: number; notes: string[]; warnings: number; unmatched: string[] };

async function lint(options: CliOptions, io: CliIO, version: string): Promise<LintOutput> {
  const pool: { standby?: StandbyWorkers } = {};
  try {
    return await lintFiles(options, io, version, pool);
  } finally {
    // Workers started early and not taken (a run that failed, or found nothing to check) end with the run.
    pool.standby?.dispose();
  }
}

async function lintFiles(options: CliOptions, io: CliIO, version: string, pool: { standby?: StandbyWorkers }): Promise<LintOutput> {
  const cwd = io.cwd;
  const notes: string[] = [];

  // 1. What to lint.
  let targets: Target[];
  let unmatched: string[] = [];
  const resolver = resolverFor(options, cwd);
  if (options.config) {
    const info = await stat(resolve(cwd, options.config)).catch(() => undefined);
    if (!info) throw new Fatal([`factlint: cannot read the config file ${options.config}: no such file`]);
    if (!info.isFile()) throw new Fatal([`factlint: cannot read the config file ${options.config}: not a regular file`]);
  }
  if (options.stdin) {
    const path = resolve(cwd, options.stdinFilename ?? 'stdin.md');
    const decoded = decodeDraft(await readStream(io.stdin));
    const target: Target = { path, display: options.stdinFilename ? display(path, cwd) : '<stdin>', config: undefined, text: '' };
    if (decoded.kind === 'text') Object.assign(target, { text: decoded.text, exact: decoded.exact });
    else target.unchecked = decoded;
    targets = [target];
  } else {
    const discovery = await discoverFiles(options.patterns, cwd, { ignorePath: options.ignorePath, noIgnore: options.noIgnore });
    unmatched = discovery.unmatched;
    for (const path of discovery.ignoredExplicit) notes.push(`warning: ${display(path, cwd)} is ignored by ${options.ignorePath ?? 'a .factlintignore file'}; not linted`);
    targets = discovery.files.map((path) => ({ path, display: display(path, cwd), config: undefined }));
    // A large run's workers start now, so that loading them overlaps the configs, reads and datasets below (pool.ts).
    // Not with --cache: most of those runs find their results cached and check little or nothing.
    if (!options.cache) pool.standby = await StandbyWorkers.start(discovery.files, options.concurrency);
  }

  // 2. Configuration of each file (nearest wins), then its `ignore` globs.
  const configProblems = new Map<string, ConfigProblem[]>();
  const kept: Target[] = [];
  for (const target of targets) {
    try {
      target.config = await resolver.forFile(target.path);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      for (const p of error.problems) configProblems.set(`${p.file}:${p.line}:${p.column}:${p.message}`, [p]);
      continue;
    }
    if (!options.noIgnore && target.config?.ignores(target.path)) continue;
    kept.push(target);
  }
  if (configProblems.size) throw new Fatal(locatedLines([...configProblems.values()].flat(), cwd));
  targets = kept;
  if (targets.length === 0 && unmatched.length === 0) notes.push('warning: no Markdown files to lint (check the paths and the ignore files)');

  // 3. This shard's files: file k of the sorted list goes to shard (k mod n) + 1.
  if (options.shard) {
    const { index, count } = options.shard;
    targets = targets.filter((_, k) => k % count === index - 1);
  }

  // 4. Settings of each file: dataset (--dataset > config > default) and rules (config, then --rule).
  const settingsOf = (config: LoadedConfig | undefined) => settingsFor(config, options, cwd);
  const settings = targets.map((t) => settingsOf(t.config));
  // With no file, the report still names the dataset a file here would use.
  const reported = targets.length ? settings : [settingsOf(await resolver.forFile(join(cwd, 'stdin.md')).catch(() => undefined))];

  // 5. Dataset files: read (and hashed) once per distinct dataset.
  const datasets = new Map<string, LoadedDatasetFiles>();
  for (const s of reported) {
    if (datasets.has(s.datasetKey)) continue;
    datasets.set(s.datasetKey, await readDataset(s, cwd, options.maxDatasetSize));
  }
  const datasetReports = [...new Set(reported.map((s) => s.datasetKey))].map((key) => datasets.get(key)!.report);
  for (const d of datasetReports) {
    if (d.default && options.format !== 'json' && options.format !== 'sarif') notes.unshift(`using the default dataset (${d.files.length} files, from the seed documents); name yours with --dataset or "dataset" in .factlintrc`);
  }

  // 6. File contents; unreadable files and non-regular ones (FIFOs, devices) end the run; binary files and files over
  // the size limit are not checked. (Synchronous reads: much faster than fs/promises for many small files.)
  if (!options.stdin) {
    for (const path of await removeStaleTempFiles(await tempFolders(targets.map((t) => t.path), options.fix))) notes.push(`removed ${display(path, cwd)}, left by an interrupted --fix`);
  }
  const unreadable: string[] = [];
  targets.forEach((target, i) => {
    if (target.text !== undefined) return;
    target.text = '';
    try {
      const decoded = decodeDraft(readRegularFile(target.path, sizeLimit(options.maxFileSize, settings[i]!.config?.config.maxFileSize, DEFAULT_MAX_DRAFT_BYTES)));
      if (decoded.kind === 'text') Object.assign(target, { text: decoded.text, exact: decoded.exact });
      else target.unchecked = decoded;
    } catch (error) {
      if (error instanceof FileTooLargeError) target.unchecked = { kind: 'too-large', size: error.size, limit: error.limit };
      else unreadable.push(`factlint: cannot read ${target.display}: ${describeFsError(error)}`);
    }
  });
  if (unreadable.length) throw new Fatal(unreadable.sort());
  for (const target of targets) {
    if (target.unchecked?.kind === 'binary') notes.push(`warning: ${target.display} looks binary (${target.unchecked.reason}); not checked`);
  }

  // 7. Cached results (keyed by content, never by timestamps).
  const fixing = options.fix || options.fixDryRun;
  // The cache's module (and node:crypto) is loaded only by a run with --cache.
  const caching = options.cache && !options.stdin ? await import('./cache.js') : undefined;
  const cache = caching ? await caching.ResultCache.open(await cacheLocation(options.cacheLocation, cwd, caching.DEFAULT_CACHE_LOCATION)) : undefined;
  if (cache?.problem) notes.push(`warning: ${cache.problem}`);
  const fingerprint = caching ? await caching.buildFingerprint(version) : '';
  const datasetHashes = new Map<string, string>();
  const datasetHash = (key: string): string => {
    let hash = datasetHashes.get(key);
    if (hash === undefined) datasetHashes.set(key, (hash = caching!.sha256(...datasets.get(key)!.inputs.flatMap((i) => [i.path, i.text]))));
    return hash;
  };
  const keyOf = (s: Settings, text: string) => caching!.sha256(fingerprint, JSON.stringify({ dataset: s.datasetPaths, rules: s.rules }), datasetHash(s.datasetKey), text);
  const results: (LintResult | undefined)[] = targets.map((t, i) => {
    if (t.unchecked) return uncheckedResult(t.unchecked);
    const hit = cache?.get(t.path, keyOf(settings[i]!, t.text!));
    return hit && !(fixing && hit.diagnostics.some((d) => d.fix)) ? hit : undefined;
  });

  // 8. Check the others: the engine is only imported when something needs checking.
  const jobs: LintJob[] = [];
  targets.forEach((t, i) => {
    if (!results[i]) jobs.push({ id: i, path: t.path, text: t.text!, datasetKey: settings[i]!.datasetKey, rules: settings[i]!.rules, fix: fixing });
  });
  const fileReports: FileReport[] = targets.map((t) => ({
    path: t.path,
    display: t.display,
    diagnostics: [],
    coverage: { claims: 0, verified: 0, mismatched: 0, unverified: 0 },
    ...(t.unchecked?.kind === 'binary' ? { skipped: 'binary' as const } : {}),
  }));
  if (jobs.length) {
    await validateRuleIds(jobs.map((j) => settings[j.id]!), options, cwd);
    const inputs = new Map<string, DatasetInput[]>();
    for (const job of jobs) inputs.set(job.datasetKey, datasets.get(job.datasetKey)!.inputs);
    const replies = await runJobs(jobs, inputs, { concurrency: options.concurrency }, pool.standby);
    const datasetProblems = new Map<string, DatasetProblem[]>();
    for (const reply of replies) {
      if (reply.ok) continue;
      // A file that made the engine fail gets one finding saying so; the other files are reported as usual.
      if (reply.failure.kind === 'dataset') datasetProblems.set(reply.failure.datasetKey, reply.failure.problems);
      else results[reply.id] = internalErrorResult(reply.failure.message);
    }
    if (datasetProblems.size) throw new Fatal(locatedLines([...datasetProblems.values()].flat(), cwd));

    // 9. Fixes: written atomically, never over a file that changed since it was read.
    const writeFailures: string[] = [];
    for (const reply of replies) {
      if (!reply.ok) continue;
      const target = targets[reply.id]!;
      const s = settings[reply.id]!;
      const outcome = reply.outcome;
      const fileReport = fileReports[reply.id]!;
      let result: LintResult = { diagnostics: outcome.diagnostics, coverage: outcome.coverage };
      let cacheText = target.text!;
      let cacheResult: LintResult | undefined = result;
      if (outcome.fixed) {
        if (options.fixDryRun) {
          fileReport.diff = unifiedDiff(target.text!, outcome.fixed.text, `a/${target.display}`, `b/${target.display}`);
          cacheResult = outcome.fixed.before;
        } else if (options.fix && !target.exact) {
          notes.push(`warning: ${target.display} is not valid UTF-8; its fixes are not written (they would change its other bytes)`);
          result = outcome.fixed.before;
          cacheResult = undefined;
        } else if (options.fix) {
          const written = await writeFileAtomic(target.path, outcome.fixed.text, { expected: target.text! }).catch((error: unknown) => {
            writeFailures.push(`factlint: cannot write the fixes to ${target.display}: ${describeFsError(error)}`);
            return 'failed' as const;
          });
          if (written === 'written') {
            fileReport.fixesApplied = outcome.fixed.applied;
            cacheText = outcome.fixed.text;
          } else {
            if (written === 'changed') notes.push(`warning: ${target.display} changed while factlint was fixing it; not written`);
            if (written === 'read-only') notes.push(`warning: ${target.display} is read-only; its fixes are not written`);
            result = outcome.fixed.before;
            cacheResult = undefined;
          }
        }
      }
      results[reply.id] = result;
      if (cache && cacheResult) cache.set(target.path, keyOf(s, cacheText), cacheResult);
    }
    if (writeFailures.length) throw new Fatal(writeFailures);
  }
  if (cache) {
    await cache.pruneMissing();
    const problem = await cache.save();
    if (problem) notes.push(`warning: ${problem}`);
  }

  // 10. The report (--quiet shows errors only; the exit code counts every finding).
  let errors = 0;
  let warnings = 0;
  targets.forEach((_, i) => {
    const result = results[i]!;
    const report = fileReports[i]!;
    report.coverage = result.coverage;
    report.diagnostics = options.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics;
    for (const d of result.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
    }
  });
  const report: RunReport = {
    version,
    cwd,
    files: fileReports,
    datasets: datasetReports,
    configs: [...new Map(reported.map((s) => [s.config, (s.config?.chain ?? []).map((c) => display(c.file, cwd))])).values()].filter((chain) => chain.length),
    summary: { ...summarise(fileReports), hiddenWarnings: options.quiet ? warnings : 0 },
    ...(options.format === 'sarif' ? { rules: await ruleMetadata() } : {}),
  };
  const exitCode = errors > 0 || (options.maxWarnings >= 0 && warnings > options.maxWarnings) ? EXIT_FINDINGS : EXIT_OK;
  return { report, exitCode, notes, warnings, unmatched };
}

/** A file's settings: dataset (--dataset > config > default) and rules (config, then --rule). */
function settingsFor(config: LoadedConfig | undefined, options: CliOptions, cwd: string): Settings {
  const datasetPaths = options.datasets.length ? options.datasets.map((p) => resolve(cwd, p)) : (config?.datasets ?? [resolve(defaultDatasetPath)]);
  const rules: Record<string, RuleSetting> = { ...(config?.rules ?? {}) };
  for (const [id, severity] of Object.entries(options.rules)) {
    const existing = rules[id];
    rules[id] = existing !== undefined && typeof existing === 'object' ? { ...existing, severity } : severity;
  }
  if (options.reportUnusedDisableDirectives) {
    const existing = rules['disable-directive'];
    const severity = typeof existing === 'object' ? existing.severity : existing;
    rules['disable-directive'] = { ...(typeof existing === 'object' ? existing : {}), severity: severity === undefined || severity === 'off' ? 'warning' : severity, unused: true };
  }
  const datasetConfig = !options.datasets.length ? config?.datasetsFrom : undefined;
  return { datasetPaths, datasetKey: JSON.stringify(datasetPaths), defaultDataset: !options.datasets.length && !config?.datasets, datasetConfig, rules, config };
}

/** --print-config FILE: the settings that apply to FILE, resolved as a lint run would. */
async function printConfig(file: string, options: CliOptions, io: CliIO): Promise<void> {
  const path = resolve(io.cwd, file);
  const config = await resolverFor(options, io.cwd).forFile(path);
  const s = settingsFor(config, options, io.cwd);
  const settings = {
    file: display(path, io.cwd),
    configs: (config?.chain ?? []).map((c) => display(c.file, io.cwd)),
    dataset: { paths: s.datasetPaths.map((p) => display(p, io.cwd)), default: s.defaultDataset },
    rules: s.rules,
    ignored: config?.ignores(path) ?? false,
  };
  io.stdout.write(formatResolvedSettings(settings, await ruleMetadata()));
}

function resolverFor(options: CliOptions, cwd: string): ConfigResolver {
  return new ConfigResolver({ configFile: options.config ? resolve(cwd, options.config) : undefined, aboveRepository: options.configAboveRepository, datasetOnCommandLine: options.datasets.length > 0 });
}

/** The report in its format; only that format's module is loaded (SARIF's hashing loads node:crypto). */
async function render(report: RunReport, options: CliOptions, io: CliIO): Promise<string> {
  switch (options.format) {
    case 'json':
      return (await import('./formatters/json.js')).formatJson(report);
    case 'sarif':
      return (await import('./formatters/sarif.js')).formatSarif(report);
    case 'github':
      return (await import('./formatters/github.js')).formatGithub(report);
    case 'stylish':
      return (await import('./formatters/stylish.js')).formatStylish(report, { color: !options.output && useColor(io.env, io.stdout) });
  }
}

/** Colours on a terminal; NO_COLOR turns them off, FORCE_COLOR (other than 0/false) forces them. */
export function useColor(env: NodeJS.ProcessEnv, stream: { isTTY?: boolean }): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true;
}

function summarise(files: readonly FileReport[]): Summary {
  const summary: Summary = { files: files.length, skipped: 0, filesWithProblems: 0, problems: 0, errors: 0, warnings: 0, infos: 0, hiddenWarnings: 0, fixable: 0, coverage: { claims: 0, verified: 0, mismatched: 0, unverified: 0 } };
  for (const file of files) {
    if (file.skipped) summary.skipped++;
    if (file.diagnostics.length) summary.filesWithProblems++;
    for (const d of file.diagnostics) {
      summary.problems++;
      if (d.severity === 'error') summary.errors++;
      else if (d.severity === 'warning') summary.warnings++;
      else summary.infos++;
      if (d.fix) summary.fixable++;
    }
    summary.coverage.claims += file.coverage.claims;
    summary.coverage.verified += file.coverage.verified;
    summary.coverage.mismatched += file.coverage.mismatched;
    summary.coverage.unverified += file.coverage.unverified;
  }
  return summary;
}

async function readDataset(s: Settings, cwd: string, maxBytes: number | undefined): Promise<LoadedDatasetFiles> {
  let inputs: DatasetInput[];
  try {
    inputs = await readDatasetInputs(s.datasetPaths, sizeLimit(maxBytes, s.config?.config.maxDatasetSize, DEFAULT_MAX_DATASET_BYTES));
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const path = e.path ? display(e.path, cwd) : s.datasetPaths.map((p) => display(p, cwd)).join(', ');
    const hint = error instanceof FileTooLargeError ? ' for dataset files (raise it with --max-dataset-size or "maxDatasetSize" in the config)' : '';
    const problem = `cannot read the dataset ${path}: ${e.code === 'ENOENT' ? 'no such file or folder' : e.message}${hint}`;
    // A dataset named in a config is reported at its entry there.
    const named = s.datasetConfig?.datasets?.findIndex((p) => e.path !== undefined && (e.path === p || e.path.startsWith(p.endsWith(sep) ? p : p + sep)));
    if (s.datasetConfig && named !== undefined && named >= 0) {
      const at = s.datasetConfig.locate(Array.isArray(s.datasetConfig.config.dataset) ? ['dataset', named] : ['dataset']);
      throw new Fatal([`${display(s.datasetConfig.file, cwd)}:${at.line}:${at.column}: dataset: ${problem}`]);
    }
    throw new Fatal([`factlint: ${problem}`]);
  }
  if (inputs.length === 0) {
    throw new Fatal([`factlint: the dataset ${s.datasetPaths.map((p) => display(p, cwd)).join(', ')} has no .yaml, .yml or .json file`]);
  }
  return {
    inputs,
    report: {
      paths: s.datasetPaths.map((p) => display(p.endsWith(sep) && p.length > 1 ? p.slice(0, -1) : p, cwd)),
      files: inputs.map((i) => display(i.path, cwd)),
      default: s.defaultDataset,
    },
  };
}

/** Unknown rule ids: from --rule a usage error, from a config file located at the rule's key. */
async function validateRuleIds(settings: readonly Settings[], options: CliOptions, cwd: string): Promise<void> {
  const { allRules } = await import('../engine/rules/index.js');
  const known = new Set(allRules.map((r) => r.id));
  for (const id of Object.keys(options.rules)) {
    if (!known.has(id)) throw new UsageError(`--rule: unknown rule "${id}" (known: ${[...known].join(', ')})`);
  }
  const problems = new Map<string, ConfigProblem>();
  for (const config of new Set(settings.flatMap((s) => s.config?.chain ?? []))) {
    for (const problem of await ruleSettingProblems(config.file, config.rules, config.locate)) problems.set(formatConfigProblem(problem), problem);
  }
  if (problems.size) throw new Fatal(locatedLines([...problems.values()], cwd));
}

async function ruleMetadata(): Promise<RuleMeta[]> {
  const { allRules } = await import('../engine/rules/index.js');
  return allRules.map(({ id, docs, defaultSeverity, fixable, tags }) => ({ id, docs, defaultSeverity, fixable, tags }));
}

/** `FILE:line:col: message` lines with FILE as printed, sorted and deduplicated. */
function locatedLines(problems: readonly { file: string; line: number; column: number; message: string }[], cwd: string): string[] {
  const sorted = [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  return [...new Set(sorted.map((p) => `${display(p.file, cwd)}:${p.line}:${p.column}: ${p.message}`))];
}

async function cacheLocation(option: string | undefined, cwd: string, defaultLocation: string): Promise<string> {
  if (!option) return resolve(cwd, defaultLocation);
  const path = resolve(cwd, option);
  const isDir = option.endsWith('/') || option.endsWith(sep) || (await stat(path).then((s) => s.isDirectory(), () => false));
  return isDir ? join(path, 'cache.json') : path;
}

function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const what = { ENOENT: 'no such file', EACCES: 'permission denied', EPERM: 'permission denied', EISDIR: 'is a folder' }[e.code ?? ''];
  return what ? `${what} (${e.code})` : e.message;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** A size limit: the command line's, else the config's, else the default. */
function sizeLimit(option: number | undefined, configured: string | number | undefined, fallback: number): number {
  return option ?? (configured === undefined ? undefined : parseSize(configured)) ?? fallback;
}

/** One error finding on a file whose check threw: the error's first line, so the report stays one line per finding. */
function internalErrorResult(error: string): LintResult {
  const first = (error.split('\n')[0] ?? error).slice(0, 200);
  const message = `Internal error while checking this file (nothing else was checked in it; please report it): ${first}`;
  const at = { start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { diagnostics: [{ ruleId: 'internal-error', severity: 'error', ...at, message }], coverage: { claims: 0, verified: 0, mismatched: 0, unverified: 0 } };
}

/** The result of a file that was not checked: nothing for a binary file, one finding for one over the size limit. */
function uncheckedResult(unchecked: NonNullable<Target['unchecked']>): LintResult {
  const coverage = { claims: 0, verified: 0, mismatched: 0, unverified: 0 };
  if (unchecked.kind === 'binary') return { diagnostics: [], coverage };
  const message = `Not checked: the file is ${formatSize(unchecked.size)}, over the ${formatSize(unchecked.limit)} limit for drafts (raise it with --max-file-size or "maxFileSize" in the config).`;
  const at = { start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { diagnostics: [{ ruleId: 'file-too-large', severity: 'error', ...at, message }], coverage };
}

