// Runs lint jobs in the main thread (few files) or on a pool of worker threads (many files); replies come back in job order.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DatasetInput } from '../engine/dataset/index.js';
import type { LintJob, LintReply } from './types.js';

/** Below this many files, a worker's startup (engine import + dataset load) costs more than it saves. */
export const PARALLEL_THRESHOLD = 8;

/** Jobs sent to a worker per message: small enough to balance, large enough to keep messaging cheap. */
const BATCH = 4;

export interface PoolOptions {
  /** Worker threads; undefined = automatic (all cores when more than PARALLEL_THRESHOLD jobs). 0 or 1 = main thread. */
  concurrency: number | undefined;
}

export function poolSize(jobs: number, concurrency: number | undefined): number {
  if (concurrency !== undefined) return concurrency <= 1 ? 0 : Math.min(jobs, concurrency);
  if (jobs <= PARALLEL_THRESHOLD) return 0;
  const size = Math.min(jobs, availableParallelism());
  return size <= 1 ? 0 : size;
}

export async function runJobs(jobs: readonly LintJob[], datasets: ReadonlyMap<string, DatasetInput[]>, options: PoolOptions): Promise<LintReply[]> {
  if (jobs.length === 0) return [];
  const size = poolSize(jobs.length, options.concurrency);
  if (size === 0) {
    const { EngineCache, runJob } = await import('./lint.js');
    const cache = new EngineCache(datasets);
    return jobs.map((job) => runJob(cache, job));
  }
  const replies = new Map<number, LintReply>();
  const queue = [...jobs];
  const workerData = { datasets: Object.fromEntries(datasets) };
  const workers = Array.from({ length: size }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const batch = queue.splice(0, BATCH);
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
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return jobs.map((job) => replies.get(job.id)!);
}
