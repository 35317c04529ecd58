#!/usr/bin/env node
// Memory kept by a check result: a ~300 KB draft checked fresh vs after N chained one-character edits (each check
// given the previous result). The heap a result retains must not grow with the versions it was built from.
//
//   npm run bench:memory                     # build, run with --expose-gc, append a section to bench/RESULTS.md
//   node --expose-gc bench/memory.bench.mjs [--no-write] [--edits 1000] [--kb 300]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine, loadDataset } from 'factlint';
import { appendResults, loadSamples, relabelFootnotes, SAMPLES, table } from './lib/common.mjs';

const { values: opts } = parseArgs({
  options: { 'no-write': { type: 'boolean', default: false }, edits: { type: 'string', default: '1000' }, kb: { type: 'string', default: '300' } },
});
if (typeof globalThis.gc !== 'function') {
  console.error('run with node --expose-gc');
  process.exit(2);
}

const dir = path.join(SAMPLES, 'dataset');
const inputs = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => ({ path: path.join(dir, f), text: readFileSync(path.join(dir, f), 'utf8') }));
const dataset = loadDataset(inputs).dataset;
// Each measured result comes from its own engine, which the result keeps (state.engine): both sides count one engine.
const newEngine = () => createEngine({ dataset });

const samples = loadSamples();
const parts = [];
for (let n = 0, bytes = 0; bytes < Number(opts.kb) * 1024; n++) {
  const part = relabelFootnotes(samples[n % samples.length].text, n).trimEnd() + '\n\n';
  parts.push(part);
  bytes += part.length;
}
const draft = parts.join('');

/** Offsets of lower-case letters in prose lines (not tables, headings, fences or comments): where the edits go. */
const letters = [];
for (const m of draft.matchAll(/^[A-Z][^\n|]{40,}$/gm)) {
  for (let i = 10; i < m[0].length; i += 37) if (/[a-z]/.test(m[0][i])) letters.push(m.index + i);
}

function heapAfterGc() {
  for (let i = 0; i < 3; i++) globalThis.gc();
  return process.memoryUsage().heapUsed;
}

/** Heap retained by what `make()` returns: measured with it alive, then with it dropped. */
function retained(make) {
  let kept = make();
  const withIt = heapAfterGc();
  const check = kept.diagnostics.length;
  kept = undefined;
  const without = heapAfterGc();
  return { bytes: withIt - without, check };
}

// Warm-up: the first check also allocates what every later one shares (compiled code, caches), kept either way.
retained(() => newEngine().check(draft.replace(/\bthe\b/, 'this')));
const fresh = retained(() => newEngine().check(draft.replace(/\bthe\b/, 'thE')));
const edits = Number(opts.edits);
const chained = retained(() => {
  const engine = newEngine();
  let text = draft;
  let result = engine.check(text);
  for (let i = 0; i < edits; i++) {
    const at = letters[(i * 7919) % letters.length];
    // Toggle the letter's case: every version differs from the one before and from the draft.
    const c = text[at];
    text = text.slice(0, at) + (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) + text.slice(at + 1);
    result = engine.check(text, { previous: result });
  }
  return result;
});
const mib = (b) => (b / 2 ** 20).toFixed(2);
const ratio = chained.bytes / fresh.bytes;
const rows = [
  ['fresh check', '0', mib(fresh.bytes), ''],
  [`after ${edits} chained edits`, String(edits), mib(chained.bytes), `${((ratio - 1) * 100).toFixed(1)} % ${ratio <= 1.1 ? '✅ at most 10 % above' : '❌ more than 10 % above'}`],
];
const body = [
  table(['Result', 'Edits', 'Retained heap MiB', 'vs fresh'], rows),
  '',
  `Draft: ${(draft.length / 1024).toFixed(0)} KiB (the outlook and the drafts, concatenated). Each edit toggles the case of one letter of a prose line and re-checks with \`{ previous }\`; only the last result is kept. Retained heap = heap used after forced GC with the result alive, minus with it dropped; each result comes from its own engine (which it keeps), after a warm-up check.`,
].join('\n');
console.log(body);
if (!opts['no-write']) appendResults('Engine: memory kept by a result after chained edits', `node --expose-gc bench/memory.bench.mjs --edits ${edits}`, body);
