// Engine side of the CLI (imported lazily): builds engines once per dataset and rules, checks and fixes texts, locates diagnostics.
import type { RuleSetting } from '@factlint/schemas';
// The engine's modules, not its public entry (../engine/index.js), which also exports dataset validation: zod's
// schemas and the YAML parser are then initialised only by a run whose dataset needs validating (EngineCache.prepare).
import { createEngine, type Engine } from '../engine/engine.js';
import { LineIndex } from '../engine/positions.js';
import type { Dataset, DatasetInput, DatasetProblem, Diagnostic, LoadedDataset, OffsetRange } from '../engine/index.js';
import { snapshotDataset } from '../node/default-dataset-snapshot.js';
import type { LintJob, LintOutcome, LintReply, LintResult, LocatedDiagnostic, LocatedRange } from './types.js';

export class DatasetProblemsError extends Error {
  constructor(
    readonly datasetKey: string,
    readonly problems: DatasetProblem[],
  ) {
    super(`the dataset has ${problems.length} problem(s)`);
  }
}

/** Loads each dataset once and builds each (dataset, rules) engine once. */
export class EngineCache {
  /** Each dataset loaded, or the error loading it threw (every job that uses it then fails with it, as in runJob). */
  private readonly datasets = new Map<string, LoadedDataset | { error: unknown }>();
  private readonly engines = new Map<string, Engine>();

  constructor(private readonly inputs: ReadonlyMap<string, readonly DatasetInput[]>) {}

  /**
   * Loads the datasets of these keys, before any job that uses them runs: the default one from its build-time
   * snapshot, any other validated, with the validation code (zod, the YAML parser) loaded only then.
   */
  async prepare(keys: Iterable<string>): Promise<void> {
    for (const key of keys) {
      if (this.datasets.has(key)) continue;
      try {
        const inputs = this.inputs.get(key);
        if (!inputs) throw new Error(`internal: dataset ${key} was not provided`);
        this.datasets.set(key, snapshotDataset(inputs) ?? (await import('../engine/dataset/load.js')).loadDataset(inputs));
      } catch (error) {
        this.datasets.set(key, { error });
      }
    }
  }

  /** A cache over datasets already loaded and validated elsewhere (the main thread, for its workers). */
  static fromDatasets(datasets: ReadonlyMap<string, Dataset>): EngineCache {
    const cache = new EngineCache(new Map());
    for (const [key, dataset] of datasets) cache.datasets.set(key, { dataset, problems: [] });
    return cache;
  }

  /** The validated dataset of a key, or undefined when it has problems (the jobs then report them). */
  dataset(datasetKey: string): Dataset | undefined {
    const loaded = this.load(datasetKey);
    return loaded.problems.length ? undefined : loaded.dataset;
  }

  private load(datasetKey: string): LoadedDataset {
    const loaded = this.datasets.get(datasetKey);
    if (!loaded) throw new Error(`internal: dataset ${datasetKey} was not prepared`);
    if ('error' in loaded) throw loaded.error;
    return loaded;
  }

  get(datasetKey: string, rules: Readonly<Record<string, RuleSetting>>): Engine {
    const key = `${datasetKey}\0${JSON.stringify(rules)}`;
    let engine = this.engines.get(key);
    if (!engine) {
      const loaded = this.load(datasetKey);
      if (loaded.problems.length) throw new DatasetProblemsError(datasetKey, loaded.problems);
      engine = createEngine({ dataset: loaded.dataset, rules });
      this.engines.set(key, engine);
    }
    return engine;
  }
}

export function runJob(cache: EngineCache, job: LintJob): LintReply {
  try {
    return { id: job.id, ok: true, outcome: lintText(cache.get(job.datasetKey, job.rules), job.text, job.fix) };
  } catch (error) {
    if (error instanceof DatasetProblemsError) return { id: job.id, ok: false, failure: { kind: 'dataset', datasetKey: error.datasetKey, problems: error.problems } };
    return { id: job.id, ok: false, failure: { kind: 'internal', message: error instanceof Error ? (error.stack ?? error.message) : String(error) } };
  }
}

/**
 * A fault-injection point for the tests that prove one failing file never sinks a run (the engine has no known
 * input that throws): with FACTLINT_INJECT_FAULT set, checking a text that holds its value throws.
 */
const injectedFault = process.env.FACTLINT_INJECT_FAULT;

/** Checks a text; with `fix`, applies certain fixes and re-checks until none applies (the engine's fixAll). */
export function lintText(engine: Engine, text: string, fix: boolean): LintOutcome {
  if (injectedFault && text.includes(injectedFault)) throw new RangeError(`injected fault: the text holds "${injectedFault}"`);
  if (!fix) {
    // Nothing checks this text again with the result: no per-segment readings are kept for reuse.
    const result = engine.check(text, { once: true });
    return toLintResult(text, result.diagnostics, result.coverage);
  }
  const fixed = engine.fixAll(text);
  const before = toLintResult(text, fixed.before.diagnostics, fixed.before.coverage);
  if (fixed.text === text) return before;
  return { ...toLintResult(fixed.text, fixed.after.diagnostics, fixed.after.coverage), fixed: { text: fixed.text, passes: fixed.passes, applied: fixed.applied, before } };
}

function toLintResult(text: string, diagnostics: readonly Diagnostic[], coverage: LintResult['coverage']): LintResult {
  return { diagnostics: locateDiagnostics(text, diagnostics), coverage: { ...coverage } };
}

/** Resolves offsets to 1-based lines and UTF-16 columns and drops non-data fields (rule `data`, suggestions). */
export function locateDiagnostics(text: string, diagnostics: readonly Diagnostic[]): LocatedDiagnostic[] {
  const index = new LineIndex(text);
  const locate = (range: OffsetRange): LocatedRange => {
    const start = index.locate(range.start);
    const end = index.locate(range.end);
    return { start: range.start, end: range.end, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  };
  return diagnostics.map((d) => {
    const located: LocatedDiagnostic = { ruleId: d.ruleId, severity: d.severity, ...locate(d.range), message: d.message };
    if (d.stated !== undefined) located.stated = d.stated;
    if (d.expected !== undefined) located.expected = d.expected;
    if (d.reason !== undefined) located.reason = d.reason;
    if (d.related?.length) located.related = d.related.map((r) => ({ ...locate(r.range), message: r.message }));
    if (d.fix) located.fix = { title: d.fix.title, edits: d.fix.edits.map((e) => ({ ...locate(e.range), newText: e.newText })) };
    return located;
  });
}
