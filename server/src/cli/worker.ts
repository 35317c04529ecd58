// Worker thread of the CLI's pool: receives the validated datasets once, then checks (and fixes) the files it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { Dataset } from '../engine/index.js';
import { EngineCache, runJob } from './lint.js';
import type { LintJob } from './types.js';

const { datasets } = workerData as { datasets: Record<string, Dataset> };
const cache = EngineCache.fromDatasets(new Map(Object.entries(datasets)));

/**
 * A fault-injection point for the test that proves a worker's death loses nothing: with FACTLINT_INJECT_WORKER_EXIT
 * set, a worker sent a text that holds its value exits at once, with every batch it holds unanswered.
 */
const injectedExit = process.env.FACTLINT_INJECT_WORKER_EXIT;

parentPort!.on('message', (jobs: LintJob[]) => {
  if (injectedExit && jobs.some((job) => job.text.includes(injectedExit))) process.exit(70);
  parentPort!.postMessage(jobs.map((job) => runJob(cache, job)));
});
