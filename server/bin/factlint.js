#!/usr/bin/env node
// The factlint command: runs the CLI bundled by the build in ../dist/bundle (build it first with `npm run build`),
// through the V8 code cache the build writes beside it (see ../dist/cli/load-bundle.js). A large run's first worker
// thread starts before the bundle loads (../dist/cli/early-worker.js), so that its start overlaps the main thread's.
import { fileURLToPath } from 'node:url';

let loader;
let early;
let cli;
try {
  const [loading, starting] = await Promise.all([import('../dist/cli/load-bundle.js'), import('../dist/cli/early-worker.js')]);
  loader = loading;
  // V8 flags first: they apply to what is compiled after them (a worker's bundle too), and the code cache was made
  // under the same flags.
  loader.setCliFlags();
  early = starting.startEarlyWorker(process.argv.slice(2), fileURLToPath(new URL('../dist/bundle/worker.cjs', import.meta.url)));
  cli = loader.loadBundle(new URL('../dist/bundle/main.cjs', import.meta.url)).exports;
} catch (error) {
  const missing = (error?.code === 'ERR_MODULE_NOT_FOUND' && /\/dist\/cli\/(?:load-bundle|early-worker)\.js/.test(String(error.message))) || (error?.code === 'ENOENT' && String(error.path).endsWith('main.cjs'));
  if (!missing) throw error;
  process.stderr.write('factlint: the CLI is not built yet: run `npm run build` first.\n');
  process.exit(2);
}
cli.adoptEarlyWorker(early);
await cli.run();
