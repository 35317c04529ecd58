// Runs lint jobs in the main thread, helped by worker threads when there is enough work; replies come back in job order.
import { statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { Dataset, DatasetInput } from '../engine/dataset/index.js';
import { BUSY_LOAD_ABOVE_CORES, PARALLEL_MIN_CHARS, PARALLEL_MIN_CORES, WORKER_STACK_MB, workerThread, type EarlyWorker } from './early-worker.js';
import type { LintJob, LintReply, WorkerMessage } from './types.js';

export { BUSY_LOAD_ABOVE_CORES, PARALLEL_MIN_CHARS, PARALLEL_MIN_CORES } from './early-worker.js';

/** Jobs sent to a worker per message: small enough to balance, large enough to keep messaging cheap. */
const BATCH = 2;

/**
 * Batches a worker holds at once. The main thread checks files too and answers a worker only between two of its own
 * files, so a worker with a single batch sat idle while the main thread finished a long file (881 ms of 7.8 s on
 * 1,000 drafts); with a second batch queued it goes straight on.
 */
const BATCHES_IN_FLIGHT = 2;

export interface PoolOptions {
  /** Threads in all (the main thread counts as one); undefined = automatic. 0 or 1 = the main thread alone. */
  concurrency: number | undefined;
}

/** The 1-minute load average when a run first asks, so that starting workers early and using them agree. */
let loadAtStart: number | undefined;
const machineLoad = (): number => (loadAtStart ??= loadavg()[0] ?? 0);

/** The worker the bin started before loading the bundle (early-worker.ts), until StandbyWorkers.start() takes it. */
let early: EarlyWorker | undefined;

/**
 * Hands the pool the worker the bin started early; the run decides with the load average the bin read. The next
 * StandbyWorkers.start() takes it as one of its workers or ends it; endEarlyWorker() ends it if no run took it.
 */
export function adoptEarlyWorker(started: EarlyWorker | undefined): void {
  if (!started) return;
  early = started;
  loadAtStart ??= started.load;
}

/** Ends the early worker if nothing took it (a run that checks nothing, or failed before discovery). */
export function endEarlyWorker(): void {
  void early?.worker.terminate();
  early = undefined;
}

/**
 * How many worker threads help the main thread: never more than there are cores, nor files, beside it; with automatic
 * concurrency, none on a machine whose load average leaves no core for them.
 */
export function workerCount(jobs: readonly LintJob[], concurrency: number | undefined, cores = availableParallelism(), load?: number): number {
  return helperCount(jobs.length, jobs.reduce((n, j) => n + j.text.length, 0), concurrency, cores, load);
}

function helperCount(files: number, chars: number, concurrency: number | undefined, cores: number, load?: number): number {
  const enough = chars >= PARALLEL_MIN_CHARS && cores >= PARALLEL_MIN_CORES && (load ?? machineLoad()) < cores + BUSY_LOAD_ABOVE_CORES;
  const threads = Math.min(concurrency ?? (enough ? cores : 1), cores);
  return Math.max(0, Math.min(files - 1, threads - 1));
}

/**
 * Worker threads started as soon as the files are known, before the main thread resolves their configs, reads them
 * and loads the datasets: a worker spends about 0.1 s loading the bundle, which then overlaps the main thread's own
 * work instead of delaying the worker's first file (on 2 cores and 100 drafts the worker started 0.25 s into the run
 * and checked its first file at 0.5 s; bench/RESULTS.md). runJobs() takes them, or ends those it does not need.
 * They hold no reference on the event loop until taken, so a run that fails before checking still exits.
 */
export class StandbyWorkers {
  private constructor(private readonly idle: Worker[]) {}

  /**
   * Starts the workers runJobs() will probably want for these files: as many as workerCount() gives for their sizes
   * on disk (a file's UTF-8 bytes are at least its UTF-16 length, so this never starts fewer than it will want, unless
   * ignores or the cache then drop files). undefined when it wants none.
   */
  static async start(paths: readonly string[], concurrency: number | undefined, cores = availableParallelism(), load?: number): Promise<StandbyWorkers | undefined> {
    const count = StandbyWorkers.wanted(paths, concurrency, cores, load);
    // The bin's early worker, if any, is the first of them; it ends here when the run wants none.
    const first = early?.alive() ? early.worker : undefined;
    early = undefined;
    if (count === 0) {
      void first?.terminate();
      return undefined;
    }
    const workers = await Promise.all(Array.from({ length: first ? count - 1 : count }, () => newWorker()));
    if (first) workers.unshift(first);
    for (const worker of workers) worker.unref();
    return new StandbyWorkers(workers);
  }

  private static wanted(paths: readonly string[], concurrency: number | undefined, cores: number, load: number | undefined): number {
    if (paths.length < 2 || (concurrency !== undefined && concurrency < 2) || cores < 2) return 0;
    let bytes = 0;
    for (const path of paths) {
      try {
        bytes += statSync(path).size;
      } catch {
        // Unreadable: the main thread says so when it reads the file.
      }
      if (bytes >= PARALLEL_MIN_CHARS) break;
    }
    return helperCount(paths.length, bytes, concurrency, cores, load);
  }

  /** Up to `count` of the workers, taken (they then keep the process alive until terminated). */
  take(count: number): Worker[] {
    const taken = this.idle.splice(0, count);
    for (const worker of taken) worker.ref();
    return taken;
  }

  /** Ends the workers not taken, without waiting for them (a worker stops between two steps of its start). */
  dispose(): void {
    for (const worker of this.idle.splice(0)) void worker.terminate();
  }
}

/** Set by the bundle build (scripts/bundle-cli.mjs): the worker's CommonJS entry, beside the bundle. */
declare const __FACTLINT_WORKER_ENTRY__: string | undefined;

async function newWorker(): Promise<Worker> {
  if (typeof __FACTLINT_WORKER_ENTRY__ !== 'string') {
    // Unbundled (dist/cli, as the tests import it): the ES module worker.
    const { Worker } = await import('node:worker_threads');
    return new Worker(new URL('./worker.js', import.meta.url), { resourceLimits: { stackSizeMb: WORKER_STACK_MB } });
  }
  return workerThread(fileURLToPath(new URL(__FACTLINT_WORKER_ENTRY__, import.meta.url)));
}

export async function runJobs(jobs: readonly LintJob[], datasets: ReadonlyMap<string, DatasetInput[]>, options: PoolOptions, standby?: StandbyWorkers): Promise<LintReply[]> {
  if (jobs.length === 0) return [];
  const { EngineCache, runJob } = await import('./lint.js');
  const cache = new EngineCache(datasets);
  await cache.prepare(new Set(jobs.map((job) => job.datasetKey)));
  const helpers = workerCount(jobs, options.concurrency);
  const started = standby?.take(helpers) ?? [];
  standby?.dispose();
  if (helpers === 0) return jobs.map((job) => runJob(cache, job));

  // Workers get each dataset already validated and indexed (plain data and Maps clone cheaply), not its YAML.
  const loaded: Record<string, Dataset> = {};
  for (const key of new Set(jobs.map((j) => j.datasetKey))) {
    const dataset = cache.dataset(key);
    // A dataset with problems fails every job that uses it, in the main thread, with its located messages.
    if (!dataset) {
      await Promise.all(started.map((worker) => worker.terminate()));
      return jobs.map((job) => runJob(cache, job));
    }
    loaded[key] = dataset;
  }
  const replies = new Map<number, LintReply>();
  const byId = new Map(jobs.map((job) => [job.id, job]));
  // Longest files first: the last jobs to finish are then short ones, so the threads end close together.
  const queue = [...jobs].sort((a, b) => b.text.length - a.text.length);
  const workers = [...started, ...(await Promise.all(Array.from({ length: helpers - started.length }, () => newWorker())))];
  // The datasets first (a worker may have started before they were loaded), then the files.
  for (const worker of workers) worker.postMessage({ datasets: loaded } satisfies WorkerMessage);
  const take = () => queue.splice(0, BATCH);
  try {
    const helping = workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          // Batches sent and not yet answered, oldest first (a worker answers them in order).
          const sent: LintJob[][] = [];
          let done = false;
          const next = () => {
            while (sent.length < BATCHES_IN_FLIGHT) {
              const batch = take();
              if (batch.length === 0) break;
              sent.push(batch);
              worker.postMessage(batch satisfies WorkerMessage);
            }
            if (sent.length === 0) {
              done = true;
              // Nothing left for it: it ends now, so that its heap's teardown (about 60 ms for a worker that checked
              // 50 drafts) overlaps the main thread's last file and the report instead of following them.
              void worker.terminate();
              resolve();
            }
          };
          // A worker that dies (out of memory, a crash outside runJob) hands its batches back to the main thread,
          // where runJob turns each job's failure into that file's internal error: the same result as without workers.
          const fail = () => {
            if (done) return;
            done = true;
            for (const job of sent.flat()) replies.set(job.id, runJob(cache, job));
            sent.length = 0;
            resolve();
          };
          worker.on('message', (batch: LintReply[]) => {
            sent.shift();
            for (const reply of batch) replies.set(reply.id, reply.ok ? reply : runJob(cache, byId.get(reply.id)!));
            next();
          });
          worker.on('error', fail);
          worker.on('exit', (code) => {
            if (code !== 0) fail();
          });
          next();
        }),
    );
    // The main thread takes one job at a time and yields between jobs, so replies from workers are handled promptly.
    for (let job = queue.shift(); job; job = queue.shift()) {
      replies.set(job.id, runJob(cache, job));
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await Promise.all(helping);
  } finally {
    // Not awaited: a worker's teardown need not hold the report back (the process waits for its threads at exit).
    for (const worker of workers) void worker.terminate();
  }
  return jobs.map((job) => replies.get(job.id)!);
}
