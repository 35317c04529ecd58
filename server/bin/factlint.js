#!/usr/bin/env node
// The factlint command: runs the CLI bundled by the build in ../dist/bundle (build it first with `npm run build`).
import { setFlagsFromString } from 'node:v8';

// A lint run is short: V8's optimizing compiler (TurboFan) spends more on compiling, deoptimizing and its
// background threads than it saves, and on two cores those threads take the core a worker thread could use.
// Without it, 100 report drafts lint in 0.52 s instead of 0.72 s (bench/RESULTS.md). FACTLINT_V8_OPT=1 keeps it.
if (!process.env.FACTLINT_V8_OPT) setFlagsFromString('--no-opt');
// A regex is compiled to machine code at once instead of being interpreted first and compiled again once hot: the
// check runs a few hundred regexes over every draft, and this saves about 8 % of a 100-draft run's CPU time.
setFlagsFromString('--no-regexp-tier-up');

let cli;
try {
  cli = await import('../dist/bundle/main.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('/dist/bundle/main.js')) throw error;
  process.stderr.write('factlint: the CLI is not built yet: run `npm run build` first.\n');
  process.exit(2);
}
await cli.run();
