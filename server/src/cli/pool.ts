// Runs lint jobs in the main thread, helped by worker threads when there is enough work; replies come back in job order.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Dataset, DatasetInput } from '../engine/dataset/index.js';
import type { LintJob, LintReply } from './types.js';

/** Below this much text, a worker's start-up (module load and warm-up, ~0.3 s) costs more than it saves. */
export const PARALLEL_MIN_CHARS = 400_000;

/**
 * Measured on 2 cores (bench/RESULTS.md): a second thread made 1,000 drafts slower, since the garbage collector and
 * compiler already use the second core; so the automatic choice uses workers only from 4 cores on.
 */
export const PARALLEL_MIN_CORES = 4;

/** Jobs sent to a worker per message: small enough to balance, large enough to keep messaging cheap. */
const BATCH = 4;

export interface PoolOptions {
  /** Threads in all (the main thread counts as one); undefined = automatic. 0 or 1 = the main thread alone. */
  concurrency: number | undefined;
}

/** How many worker threads help the main thread. */
export function workerCount(jobs: readonly LintJob[], concurrency: number | undefined): number {
  const cores = availableParallelism();
  const enough = jobs.reduce((n, j) => n + j.text.length, 0) >= PARALLEL_MIN_CHARS && cores >= PARALLEL_MIN_CORES;
  const threads = concurrency ?? (enough ? cores : 1);
  return Math.max(0, Math.min(jobs.length - 1, threads - 1));
}

export async function runJobs(jobs: readonly LintJob[], datasets: ReadonlyMap<string, DatasetInput[]>, options: PoolOptions): Promise<LintReply[]> {
  if (jobs.length === 0) return [];
  const { EngineCache, runJob } = await import('./lint.js');
  const cache = new EngineCache(datasets);
  const helpers = workerCount(jobs, options.concurrency);
  if (helpers === 0) return jobs.map((job) => runJob(cache, job));

  // Workers get each dataset already validated and indexed (plain data and Maps clone cheaply), not its YAML.
  const loaded: Record<string, Dataset> = {};
  for (const key of new Set(jobs.map((j) => j.datasetKey))) {
    const dataset = cache.dataset(key);
    // A dataset with problems fails every job that uses it, in the main thread, with its located messages.
    if (!dataset) return jobs.map((job) => runJob(cache, job));
    loaded[key] = dataset;
  }
  const replies = new Map<number, LintReply>();
  const queue = [...jobs];
  const workers = Array.from({ length: helpers }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: { datasets: loaded } }));
  const take = () => queue.splice(0, BATCH);
  try {
    const helping = workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          const next = () => {
            const batch = take();
            if (batch.length === 0) resolve();
            else worker.postMessage(batch);
          };
          worker.on('message', (batch: LintReply[]) => {
            for (const reply of batch) replies.set(reply.id, reply);
            next();
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (code !== 0) reject(new Error(`a worker thread exited with code ${code}`));
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
