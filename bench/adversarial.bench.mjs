#!/usr/bin/env node
// Adversarial inputs (issue #9): engine.check time per MB for each pattern at 10 KB, 100 KB, 1 MB and 10 MB. A flat
// ms/MB column means linear time. Each size runs in its own process (fresh heap, a time limit), beside a bare parse.
//
//   npm run bench:adversarial                # build, run, append a section to bench/RESULTS.md
//   node bench/adversarial.bench.mjs [--no-write] [--only PATTERN] [--sizes 10000,100000] [--limit-s 300]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { appendResults, fmtMs, SAMPLES, table } from './lib/common.mjs';
import { adversarialPatterns } from '../test/dist/adversarial-inputs.js';

const { values: opts } = parseArgs({
  options: {
    'no-write': { type: 'boolean', default: false },
    only: { type: 'string' },
    sizes: { type: 'string', default: '10000,100000,1000000,10000000' },
    'limit-s': { type: 'string', default: '300' },
    one: { type: 'string' },
    bytes: { type: 'string' },
  },
});

if (opts.one) {
  // Child mode: time one pattern at one size, print JSON.
  const { createEngine, loadDataset } = await import('factlint');
  const { parseMarkdown } = await import('../server/dist/engine/markdown/parse.js');
  const dir = path.join(SAMPLES, 'dataset');
  const inputs = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ path: path.join(dir, f), text: readFileSync(path.join(dir, f), 'utf8') }));
  const engine = createEngine({ dataset: loadDataset(inputs).dataset });
  const pattern = adversarialPatterns.find((p) => p.id === opts.one);
  // Warm-up on 20 KB of the same pattern, so that small sizes do not time the compiler.
  engine.check(pattern.make(20_000));
  parseMarkdown(pattern.make(20_000));
  const text = pattern.make(Number(opts.bytes));
  let t0 = performance.now();
  parseMarkdown(text);
  const parseMs = performance.now() - t0;
  t0 = performance.now();
  const result = engine.check(text);
  const checkMs = performance.now() - t0;
  console.log(JSON.stringify({ bytes: text.length, parseMs, checkMs, diagnostics: result.diagnostics.length, claims: result.coverage.claims, heapMB: process.memoryUsage().heapUsed / 2 ** 20 }));
  process.exit(0);
}

const self = fileURLToPath(import.meta.url);
const sizes = opts.sizes.split(',').map(Number);
const limitMs = Number(opts['limit-s']) * 1000;
const rows = [];
const load = () => os.loadavg()[0].toFixed(1);
const loadBefore = load();
for (const pattern of adversarialPatterns.filter((p) => !opts.only || p.id === opts.only)) {
  for (const bytes of sizes) {
    const size = bytes >= 1e6 ? `${bytes / 1e6} MB` : `${bytes / 1e3} KB`;
    let cells;
    try {
      const out = execFileSync(process.execPath, ['--max-old-space-size=8192', self, '--one', pattern.id, '--bytes', String(bytes)], { encoding: 'utf8', timeout: limitMs });
      const r = JSON.parse(out.trim().split('\n').pop());
      const mb = r.bytes / 1e6;
      cells = [fmtMs(r.parseMs), fmtMs(r.checkMs), fmtMs(r.parseMs / mb), `**${fmtMs(r.checkMs / mb)}**`, `${(r.checkMs / r.parseMs).toFixed(2)}×`, String(r.diagnostics), String(r.claims)];
    } catch (error) {
      cells = [error.signal === 'SIGTERM' ? `> ${opts['limit-s']} s (stopped)` : `failed: ${String(error.message).split('\n')[0]}`, '', '', '', '', '', ''];
    }
    rows.push([pattern.label, size, ...cells]);
    console.log(rows[rows.length - 1].join(' | '));
  }
}
const body = [
  table(['Pattern', 'Size', 'bare parse ms', 'engine.check ms', 'parse ms/MB', 'check ms/MB', 'check ÷ parse', 'Diagnostics', 'Claims'], rows),
  '',
  `Each row is one fresh process, warmed up on 20 KB of the pattern (\`--max-old-space-size=8192\`, limit ${opts['limit-s']} s): the pattern's text from \`test/src/adversarial-inputs.ts\`, a bare \`remark-parse\` + \`remark-gfm\` parse, then \`engine.check\` with the default dataset and rules (which parses again). Flat ms/MB down a pattern means linear time; where the bare parse itself grows faster than the input (micromark on deeply nested quotes), \`check ÷ parse\` shows the engine's own part stays flat. 1-min load average ${loadBefore} before, ${load()} after (2 cores shared with other engineers).`,
].join('\n');
console.log(body);
if (!opts['no-write']) appendResults('Engine: adversarial inputs, time per MB', `node bench/adversarial.bench.mjs${opts.only ? ` --only ${opts.only}` : ''}`, body);
