#!/usr/bin/env node
// The factlint command: runs the CLI bundled by the build in ../dist/bundle (build it first with `npm run build`).
let cli;
try {
  cli = await import('../dist/bundle/main.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('/dist/bundle/main.js')) throw error;
  process.stderr.write('factlint: the CLI is not built yet: run `npm run build` first.\n');
  process.exit(2);
}
await cli.run();
