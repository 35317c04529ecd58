// Entry of the CLI bundle (scripts/bundle-cli.mjs): the command, and the worker thread's start, in one file so that the
// workers load the same bundle and code cache as the main thread (dist/bundle/worker.cjs calls startWorker()).
export { main, run } from './main.js';
export { adoptEarlyWorker } from './pool.js';

export async function startWorker(): Promise<void> {
  await import('./worker.js');
}
