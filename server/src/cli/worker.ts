// Worker thread of the CLI's pool: receives the validated datasets once, then checks (and fixes) the files it is sent.
import { parentPort } from 'node:worker_threads';
import { EngineCache, runJob } from './lint.js';
import type { WorkerMessage } from './types.js';

// Set by the first message: a worker may start before the main thread has loaded the datasets (pool.ts).
let cache: EngineCache | undefined;

/**
 * A fault-injection point for the test that proves a worker's death loses nothing: with FACTLINT_INJECT_WORKER_EXIT
 * set, a worker sent a text that holds its value exits at once, with every batch it holds unanswered.
 */
const injectedExit = process.env.FACTLINT_INJECT_WORKER_EXIT;

parentPort!.on('message', (message: WorkerMessage) => {
  if (!Array.isArray(message)) {
    cache = EngineCache.fromDatasets(new Map(Object.entries(message.datasets)));
    return;
  }
  const jobs = message;
  if (injectedExit && jobs.some((job) => job.text.includes(injectedExit))) process.exit(70);
  parentPort!.postMessage(jobs.map((job) => runJob(cache!, job)));
});
