#!/usr/bin/env node
// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self and inclusive time per function (file:function),
// and, when a root function is given, the share of each function's time inside that root.
//
//   node bench/lib/cpuprofile-summary.mjs PROFILE.cpuprofile [--root check] [--top 25] [--filter server/dist/engine]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './common.mjs';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: { root: { type: 'string' }, top: { type: 'string', default: '25' }, filter: { type: 'string' } },
});
if (positionals.length !== 1) {
  console.error('usage: cpuprofile-summary.mjs PROFILE.cpuprofile [--root FUNCTION] [--top N] [--filter PATH-PART]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(positionals[0], 'utf8'));
const top = Number(opts.top);

function keyOf(frame) {
  let file = frame.url || '(native)';
  if (file.startsWith('file://')) file = path.relative(ROOT, new URL(file).pathname);
  file = file.replace(/^(?:.*\/)?node_modules\//, 'node_modules/');
  return `${file}:${frame.functionName || '(anonymous)'}:${frame.lineNumber + 1}`;
}

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const self = new Map();
const inclusive = new Map();
const underRoot = new Map(); // inclusive time of each function within the root function
let total = 0;
let rootTotal = 0;
const add = (map, key, dt) => map.set(key, (map.get(key) ?? 0) + dt);
for (let i = 0; i < profile.samples.length; i++) {
  const dt = (profile.timeDeltas[i] ?? 0) / 1000; // µs → ms
  total += dt;
  let id = profile.samples[i];
  const leaf = keyOf(byId.get(id).callFrame);
  add(self, leaf, dt);
  const seen = new Set();
  let inRoot = false;
  const stack = [];
  while (id !== undefined) {
    const frame = byId.get(id).callFrame;
    const key = keyOf(frame);
    if (!seen.has(key)) {
      seen.add(key);
      add(inclusive, key, dt);
      stack.push(key);
    }
    if (opts.root && frame.functionName === opts.root) inRoot = true;
    id = parent.get(id);
  }
  if (inRoot) {
    rootTotal += dt;
    // Only frames at or below the (outermost) root frame count.
    const rootIndex = stack.findLastIndex((k) => k.split(':').at(-2) === opts.root);
    for (const key of stack.slice(0, rootIndex + 1)) add(underRoot, key, dt);
  }
}

const pct = (x, of) => `${((100 * x) / of).toFixed(1)} %`;
const print = (title, map, of, filter) => {
  const rows = [...map].filter(([k]) => !filter || k.includes(filter)).sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log(`\n### ${title}\n\n| function (file:name:line) | ms | share |\n| --- | ---: | ---: |`);
  for (const [k, ms] of rows) console.log(`| \`${k}\` | ${ms.toFixed(0)} | ${pct(ms, of)} |`);
};

console.log(`Profile ${positionals[0]}: ${total.toFixed(0)} ms sampled${opts.root ? `, ${rootTotal.toFixed(0)} ms inside ${opts.root}()` : ''}.`);
if (opts.root) {
  // Self time inside the root, attributed to the leaf.
  const selfInRoot = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    let id = profile.samples[i];
    const leaf = keyOf(byId.get(id).callFrame);
    for (; id !== undefined; id = parent.get(id)) {
      if (byId.get(id).callFrame.functionName === opts.root) {
        add(selfInRoot, leaf, dt);
        break;
      }
    }
  }
  print(`Inclusive time within ${opts.root}()`, underRoot, rootTotal, opts.filter);
  print(`Self time within ${opts.root}()`, selfInRoot, rootTotal, opts.filter);
} else {
  print('Inclusive time', inclusive, total, opts.filter);
  print('Self time', self, total, opts.filter);
}
