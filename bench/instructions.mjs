#!/usr/bin/env node
// Instructions a whole CLI run executes (every thread: V8's compiler and GC helpers too), counted by valgrind's
// cachegrind: a measure that the machine's load does not move (two runs of the same build differ by about 0.3 %),
// for comparing two builds, or V8 flags, where wall and CPU times at a load of 5–9 spread by ±15 % and more.
// Each run takes 20–60× its normal time; the builds run side by side, one per core. Prints only, writes nothing.
//
//   node bench/instructions.mjs [--runs N] [--node-flag FLAG]… BIN… -- CLI-ARGUMENTS…
//   node bench/instructions.mjs /tmp/old/server/bin/factlint.js server/bin/factlint.js -- bench/corpora/files-100 --format json --concurrency 1
import { spawn } from 'node:child_process';
import os from 'node:os';
import { parseArgs } from 'node:util';

const split = process.argv.indexOf('--');
if (split < 0) {
  console.error('usage: instructions.mjs [--runs N] [--node-flag FLAG]… BIN… -- CLI-ARGUMENTS…');
  process.exit(2);
}
const { values: opts, positionals: bins } = parseArgs({
  args: process.argv.slice(2, split),
  allowPositionals: true,
  options: { runs: { type: 'string', default: '1' }, 'node-flag': { type: 'string', multiple: true, default: [] } },
});
const cliArgs = process.argv.slice(split + 1);

/** The instruction count of one run (valgrind's "I refs"), and the run's exit code. */
function count(bin) {
  const argv = ['--tool=cachegrind', '--cache-sim=no', '--smc-check=all-non-file', '--cachegrind-out-file=/dev/null', process.execPath, ...opts['node-flag'], bin, ...cliArgs];
  return new Promise((resolve, reject) => {
    const child = spawn('valgrind', argv, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const refs = /I\s+refs:\s+([\d,]+)/.exec(stderr)?.[1];
      if (!refs) reject(new Error(`no instruction count from valgrind for ${bin} (exit ${code}):\n${stderr.slice(-2000)}`));
      else resolve({ instructions: Number(refs.replaceAll(',', '')), exit: code });
    });
  });
}

const jobs = [];
for (let run = 0; run < Number(opts.runs); run++) for (const bin of bins) jobs.push(bin);
const results = new Map(bins.map((bin) => [bin, []]));
const load0 = os.loadavg()[0];
const workers = Array.from({ length: Math.min(os.availableParallelism(), jobs.length) }, async () => {
  for (let bin = jobs.shift(); bin; bin = jobs.shift()) results.get(bin).push(await count(bin));
});
await Promise.all(workers);
const first = Math.min(...results.get(bins[0]).map((r) => r.instructions));
console.log(`${['node', ...opts['node-flag'], 'BIN', ...cliArgs].join(' ')}   (1-min load ${load0.toFixed(1)} → ${os.loadavg()[0].toFixed(1)})`);
for (const [bin, runs] of results) {
  const least = Math.min(...runs.map((r) => r.instructions));
  const change = ((least / first - 1) * 100).toFixed(2);
  console.log(`${(least / 1e9).toFixed(3)} G instructions (least of ${runs.length}; ${runs.map((r) => (r.instructions / 1e9).toFixed(3)).join(', ')}; exit ${runs.map((r) => r.exit).join(', ')})  ${bin === bins[0] ? '' : `${change} % vs first  `}${bin}`);
}
