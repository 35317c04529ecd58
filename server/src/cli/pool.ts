// Runs lint jobs in the main thread, helped by worker threads when there is enough work; replies come back in job order.
import { statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { Dataset, DatasetInput } from '../engine/dataset/index.js';
import type { LintJob, LintReply, WorkerMessage } from './types.js';

/**
 * Below this much text a worker's start-up (loading the bundle, taking the dataset, warming up) costs more than it
 * saves. Measured on 2 cores with the bin's --no-opt, longest files first and two batches per worker in flight
 * (bench/RESULTS.md): 20 drafts (0.27 MB) took 0.36 s alone and 0.39 s with a worker; 45 drafts (0.47 MB) 0.50 s
 * either way; 100 drafts (1.3 MB) 0.78 s alone and 0.62 s with a worker.
 */
export const PARALLEL_MIN_CHARS = 1_000_000;

/** From two cores on, one worker per core beyond the main thread's (the bin turns V8's background optimizer off). */
export const PARALLEL_MIN_CORES = 2;

/** A worker's stack: below the main thread's 984 KB, so what overflows in the main thread overflows in a worker too. */
const WORKER_STACK_MB = 0.75;

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

/**
 * Automatic concurrency (no --concurrency) keeps to the main thread once the 1-minute load average reaches the cores
 * plus this. A worker only pays off with a core to run on: it costs 0.5 to 1.2 s of CPU time of its own (Node's
 * worker start, the bundle, a cold first check) on top of the drafts it takes over. On the shared 2-core machine at
 * 1-minute loads of 9 to 20, 100 drafts took longer with a worker than without in 28 of 30 alternated runs (median
 * 1.32 times as long; bench/RESULTS.md); on a quiet machine (load 2.4) a worker saved about a tenth.
 */
export const BUSY_LOAD_ABOVE_CORES = 1;

/** The 1-minute load average when a run first asks, so that starting workers early and using them agree. */
let loadAtStart: number | undefined;
const machineLoad = (): number => (loadAtStart ??= loadavg()[0] ?? 0);

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
    if (paths.length < 2 || (concurrency !== undefined && concurrency < 2) || cores < 2) return undefined;
    let bytes = 0;
    for (const path of paths) {
      try {
        bytes += statSync(path).size;
      } catch {
        // Unreadable: the main thread says so when it reads the file.
      }
      if (bytes >= PARALLEL_MIN_CHARS) break;
    }
    const count = helperCount(paths.length, bytes, concurrency, cores, load);
    if (count === 0) return undefined;
    const workers = await Promise.all(Array.from({ length: count }, () => newWorker()));
    for (const worker of workers) worker.unref();
    return new StandbyWorkers(workers);
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
  // Loaded only now: most runs check in the main thread alone and need no worker machinery.
  const { Worker } = await import('node:worker_threads');
  // Workers get less stack than the main thread (V8's default, 984 KB), and a job that fails in a worker is checked
  // again in the main thread, whose result stands: a file's result never depends on the thread it landed on.
  const resourceLimits = { stackSizeMb: WORKER_STACK_MB };
  if (typeof __FACTLINT_WORKER_ENTRY__ !== 'string') return new Worker(new URL('./worker.js', import.meta.url), { resourceLimits });
  // The bundle's worker: an inline script that requires its CommonJS entry starts sooner than a worker given the
  // file, which Node first resolves as a module entry point.
  const entry = fileURLToPath(new URL(__FACTLINT_WORKER_ENTRY__, import.meta.url));
  return new Worker(`require(${JSON.stringify(entry)});`, { eval: true, resourceLimits });
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
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return jobs.map((job) => replies.get(job.id)!);
}
