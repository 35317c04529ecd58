// The first keystrokes after an open, in process: the 1 MB draft opened (a full check) several times in one process,
// the bench's edit typed after each ('x' typed and deleted in turn, lsp.bench.mjs's paragraph), and per keystroke the
// wall time, the process's CPU (every thread: V8's background compiler included) and the main thread's CPU (read from
// /proc/self/task/<pid>/schedstat, Linux: the engine's own work, little affected by other processes). The first five
// keystrokes after each open are summed against the next five: what V8's recompiling after an open costs
// (bench/RESULTS.md, perf-key74). Printed only.
//
//   node bench/first-keystrokes.mjs [--opens 4] [--keys 10] [--gc-only] [--root DIR]
//   --gc-only: after the first open, a forced full GC (node --expose-gc) instead of each re-open, the text kept: what a
//   mark-compact alone costs the next keystrokes. --root: another worktree's built engine (for alternated runs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { generateLargeDraft, ROOT, SAMPLES } from './lib/common.mjs';

const { values: opts } = parseArgs({ options: { opens: { type: 'string', default: '4' }, keys: { type: 'string', default: '10' }, 'gc-only': { type: 'boolean', default: false }, root: { type: 'string', default: ROOT } } });
if (opts['gc-only'] && typeof globalThis.gc !== 'function') throw new Error('--gc-only needs node --expose-gc');
const opens = Number(opts.opens);
const keys = Number(opts.keys);
const { createEngine, loadDataset } = await import(pathToFileURL(path.join(path.resolve(opts.root), 'server/dist/engine/index.js')).href);
const datasetDir = path.join(SAMPLES, 'dataset');
const inputs = ['entities.yaml', 'metrics.yaml', 'observations-gii.yaml', 'observations-nature-index.yaml', 'observations-outlook.yaml', 'observations-songdo-tokyo.yaml', 'observations-us-japan.yaml', 'rankings.yaml', 'sources.yaml'].map((n) => ({ path: path.join(datasetDir, n), text: readFileSync(path.join(datasetDir, n), 'utf8') }));
const engine = createEngine({ dataset: loadDataset(inputs).dataset });
const text = generateLargeDraft();

// lsp.bench.mjs's paragraphPosition: a prose paragraph near the middle, 40 characters in.
const lines = text.split('\n');
let line = -1;
for (let i = Math.floor(lines.length / 2); i < lines.length && line < 0; i++) if (/^[A-Z][^|#<[]{120,}$/.test(lines[i])) line = i;
if (line < 0) throw new Error('no prose paragraph found');
const offset = lines.slice(0, line).join('\n').length + 1 + 40;

const mainThreadMs = () => Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const fmt = (ms) => ms.toFixed(0).padStart(5);

let previous;
console.log(`${opts['gc-only'] ? 'forced GC' : 'open'}  first five: wall / process CPU / main thread ms   next five: wall / process CPU / main thread ms   (per keystroke: main thread ms)`);
for (let o = 0; o < opens; o++) {
  let current = text;
  if (o === 0 || !opts['gc-only']) previous = engine.check(current);
  else globalThis.gc();
  const rows = [];
  for (let k = 0; k < keys; k++) {
    current = k % 2 === 0 ? `${current.slice(0, offset)}x${current.slice(offset)}` : current.slice(0, offset) + current.slice(offset + 1);
    const cpu = process.cpuUsage();
    const main = mainThreadMs();
    const wall = performance.now();
    previous = engine.check(current, { previous });
    const used = process.cpuUsage(cpu);
    rows.push({ wall: performance.now() - wall, cpu: (used.user + used.system) / 1000, main: mainThreadMs() - main });
  }
  const part = (r) => `${fmt(sum(r.map((x) => x.wall)))} / ${fmt(sum(r.map((x) => x.cpu)))} / ${fmt(sum(r.map((x) => x.main)))}`;
  console.log(`${String(o).padStart(4)}   ${part(rows.slice(0, 5))}   ${part(rows.slice(5, 10))}   (${rows.map((x) => x.main.toFixed(0)).join(' ')})`);
}
