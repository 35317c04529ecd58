#!/usr/bin/env node
// The factlint command: runs the compiled CLI in ../dist (build it first with `npm run build`).
let cli;
try {
  cli = await import('../dist/cli/main.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('/dist/cli/main.js')) throw error;
  process.stderr.write('factlint: the CLI is not built yet: run `npm run build` (tsc -b) first.\n');
  process.exit(2);
}
await cli.run();
