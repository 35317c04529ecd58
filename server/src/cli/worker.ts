// Worker thread of the CLI's pool: receives the validated datasets once, then checks (and fixes) the files it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { Dataset } from '../engine/index.js';
import { EngineCache, runJob } from './lint.js';
import type { LintJob } from './types.js';

const { datasets } = workerData as { datasets: Record<string, Dataset> };
const cache = EngineCache.fromDatasets(new Map(Object.entries(datasets)));

parentPort!.on('message', (jobs: LintJob[]) => {
  parentPort!.postMessage(jobs.map((job) => runJob(cache, job)));
});
