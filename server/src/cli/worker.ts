// Worker thread of the CLI's pool: loads each dataset once, then checks (and fixes) the files the main thread sends.
import { parentPort, workerData } from 'node:worker_threads';
import type { DatasetInput } from '../engine/index.js';
import { EngineCache, runJob } from './lint.js';
import type { LintJob } from './types.js';

const { datasets } = workerData as { datasets: Record<string, DatasetInput[]> };
const cache = new EngineCache(new Map(Object.entries(datasets)));

parentPort!.on('message', (jobs: LintJob[]) => {
  parentPort!.postMessage(jobs.map((job) => runJob(cache, job)));
});
