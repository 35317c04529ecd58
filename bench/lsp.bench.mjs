// Language server benchmarks through a real server over stdio: keystroke → published diagnostics for a one-character
// edit inside a paragraph (outlook sample, 1 MB draft) against a full in-process re-check, hover latency, and the
// server's memory with 200 open drafts and after 1,000 edits to one. Appends a section to bench/RESULTS.md.
//
//   npm run bench:lsp   (node --expose-gc bench/lsp.bench.mjs [--memory-only] [--keystrokes-only] [--no-write])
//   --keystrokes-only: only the keystroke table (no hover, memory or heap figures), printed and not written: for
//   old/new comparisons run alternately (a copy of the repository built at the old revision runs its own server).
//   --bursts (with --keystrokes-only), --bursts-only: typing faster than the server checks: bursts of edits sent at a
//   fixed interval (30 and 80 ms) without waiting for their diagnostics, into a fresh server per draft from the moment
//   the open's diagnostics arrive, a pause between bursts; per series, the time from a burst's last keystroke to the
//   arrival of its version's diagnostics, how many of the burst's earlier versions were published, and how many
//   publications were older than one already published (must be none: bench/lib/bursts.mjs).
//   --server PATH: the language server to run (default this repository's server/bin/factlint-language-server.js), e.g.
//   another worktree's, to run the --bursts-only series of a build that has no --bursts (the in-process figures of the
//   other modes still come from this repository's engine).
//   --trace (with --keystrokes-only): with the keystroke table, what each series' tail is made of: the slowest keystrokes (their index after
//   the open, the server's GC pauses inside each), the first five keystrokes against the rest, and the server's
//   scavenges and mark-compacts while typing (the server runs with the bench-only preload bench/lib/gc-trace.cjs).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node.js';
import { createEngine, loadDataset } from '../server/dist/engine/index.js';
import { appendResults, fmtMs, generateLargeDraft, ROOT, SAMPLES, table, variant } from './lib/common.mjs';
import { formatTail, keystrokeTail } from './lib/keystroke-tail.mjs';
import { burstFigures, burstSummary } from './lib/bursts.mjs';

const DEFAULT_SERVER = path.join(ROOT, 'server/bin/factlint-language-server.js');
// For the memory figures the server runs with a bench-only preload that answers SIGUSR2 with its memory after a full GC.
const GC_ON_SIGNAL = path.join(ROOT, 'bench/lib/gc-on-signal.cjs');
const GC_TRACE = path.join(ROOT, 'bench/lib/gc-trace.cjs');
const { values: opts } = parseArgs({ options: { 'memory-only': { type: 'boolean', default: false }, 'keystrokes-only': { type: 'boolean', default: false }, 'no-write': { type: 'boolean', default: false }, trace: { type: 'boolean', default: false }, bursts: { type: 'boolean', default: false }, 'bursts-only': { type: 'boolean', default: false }, server: { type: 'string', default: DEFAULT_SERVER } } });
const SERVER = path.resolve(opts.server);
if (opts.bursts && !opts['keystrokes-only']) throw new Error('--bursts goes with --keystrokes-only (or use --bursts-only)');
if (opts.trace && !opts['keystrokes-only']) throw new Error('--trace goes with --keystrokes-only (the servers are stopped before the tail is read)');
const traceDir = opts.trace ? mkdtempSync(path.join(os.tmpdir(), 'factlint-bench-trace-')) : undefined;
// What VS Code's client (vscode-languageclient 9) declares of the diagnostics it reads: the server sends related
// information and docs links only to a client that declares them, so the bench declares what the editor does (not
// its pull capability: the bench times published diagnostics).
const VSCODE_PUBLISH_CAPABILITIES = { textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: false, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true } } };
let servers = 0;
/** Epoch milliseconds, the clock gc-trace.cjs writes the server's GC pauses in. */
const epochMs = () => performance.timeOrigin + performance.now();

async function startServer({ gcOnSignal = false } = {}) {
  const gcTrace = traceDir && !gcOnSignal ? path.join(traceDir, `server-${servers++}.json`) : undefined;
  const args = gcOnSignal ? ['--expose-gc', '--require', GC_ON_SIGNAL, SERVER, '--stdio'] : gcTrace ? ['--require', GC_TRACE, SERVER, '--stdio'] : [SERVER, '--stdio'];
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', gcOnSignal ? 'pipe' : 'inherit'], env: gcTrace ? { ...process.env, FACTLINT_BENCH_GC_TRACE: gcTrace } : process.env });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = new Map();
  /** Every publication as [uri, version, arrived (epoch ms)], in arrival order, for --bursts. */
  const publications = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    publications.push([p.uri, p.version, epochMs()]);
    const key = `${p.uri}#${p.version}`;
    waiters.get(key)?.(p);
    waiters.delete(key);
  });
  // The server logs once per process when its idle-time warm-up of the incremental path is done (server/src/lsp/warm-up.ts).
  let warmedUp;
  const warmUpDone = new Promise((resolve) => (warmedUp = resolve));
  connection.onNotification(LogMessageNotification.type, (p) => {
    if (p.message.includes('incremental checking warmed up')) warmedUp(p.message);
  });
  connection.listen();
  const folder = pathToFileURL(os.tmpdir()).href;
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'bench' }], capabilities: VSCODE_PUBLISH_CAPABILITIES });
  await connection.sendNotification(InitializedNotification.type, {});
  const published = (uri, version) => new Promise((resolve) => waiters.set(`${uri}#${version}`, resolve));
  return { child, connection, published, publications, warmUpDone, gcTrace, stop: () => child.kill() };
}

/** The server's RSS and heap (MiB) after a full GC, as the preloaded gc-on-signal reports them. */
function memoryAfterGc(child) {
  return new Promise((resolve) => {
    let seen = '';
    const onData = (chunk) => {
      seen += chunk;
      const m = /factlint-bench-memory (\{.*\})\n/.exec(seen);
      if (!m) return;
      child.stderr.off('data', onData);
      const { rss, heapUsed } = JSON.parse(m[1]);
      resolve({ rss: rss / 2 ** 20, heap: heapUsed / 2 ** 20 });
    };
    child.stderr.on('data', onData);
    child.kill('SIGUSR2');
  });
}

function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

function percentiles(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.max(0, Math.ceil(q * s.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

/** A position inside a prose paragraph near the middle of the text (line, character). */
function paragraphPosition(text) {
  const lines = text.split('\n');
  const middle = Math.floor(lines.length / 2);
  for (let i = middle; i < lines.length; i++) if (/^[A-Z][^|#<\[]{120,}$/.test(lines[i])) return { line: i, character: 40 };
  throw new Error('no prose paragraph found');
}

async function keystrokes(server, uri, text, edits, { alreadyOpen = false, afterWarmUp = false, paceMs = 0 } = {}) {
  let version = 1;
  if (!alreadyOpen) {
    const opened = server.published(uri, version);
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
    await opened;
  }
  // Typing after the server has been idle: its warm-up of the incremental path (once per process) has run to its end.
  if (afterWarmUp) await Promise.race([server.warmUpDone, new Promise((_, reject) => setTimeout(() => reject(new Error('no warm-up log within 30 s')), 30_000))]);
  const at = paragraphPosition(text);
  const times = [];
  /** Per keystroke, when it was sent and its diagnostics arrived (epoch ms), for --trace. */
  const spans = [];
  for (let i = 0; i < edits; i++) {
    version++;
    const insert = i % 2 === 0;
    const range = insert ? { start: at, end: at } : { start: at, end: { line: at.line, character: at.character + 1 } };
    const done = server.published(uri, version);
    const started = performance.now();
    const sent = epochMs();
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text: insert ? 'x' : '' }] });
    await done;
    times.push(performance.now() - started);
    spans.push([sent, epochMs()]);
    // At a typist's pace: the next key `paceMs` after this one was sent (at once when its diagnostics took longer).
    const wait = started + paceMs - performance.now();
    if (wait > 0) await sleep(wait);
  }
  return { times, version, spans };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Fast typing: `bursts` bursts of `perBurst` edits (the keystrokes() edit, 'x' typed and deleted in turn), sent every
 * `interval` ms on a fixed schedule without waiting for diagnostics; after a burst's last edit, waits for its version's
 * diagnostics (or 10 s), then `pause` ms. Returns each burst's keystrokes [version, sent] and the draft's publications
 * [version, arrived] (epoch ms), the open's included.
 */
async function typeInBursts(server, uri, text, { bursts, perBurst, interval, pause }) {
  let version = 1;
  const opened = server.published(uri, version);
  await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
  await opened;
  const at = paragraphPosition(text);
  const sent = [];
  let typed = 0;
  for (let b = 0; b < bursts; b++) {
    const keys = [];
    const start = performance.now();
    for (let i = 0; i < perBurst; i++) {
      const wait = start + i * interval - performance.now();
      if (wait > 0) await sleep(wait);
      version++;
      const insert = typed++ % 2 === 0;
      const range = insert ? { start: at, end: at } : { start: at, end: { line: at.line, character: at.character + 1 } };
      keys.push([version, epochMs()]);
      void server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text: insert ? 'x' : '' }] });
    }
    const last = version;
    const arrived = server.publications.some(([u, v]) => u === uri && v === last) ? Promise.resolve() : server.published(uri, last);
    await Promise.race([arrived, sleep(10_000)]);
    sent.push(keys);
    await sleep(pause);
  }
  return { bursts: sent, published: server.publications.filter(([u]) => u === uri).map(([, v, t]) => [v, t]) };
}

/** The --bursts rows: a fresh server per draft and interval, typing from the moment the open's diagnostics arrive. */
async function burstRows() {
  const out = [];
  for (const [name, text] of [['outlook sample (75 KB)', outlook], ['1 MB draft', large]]) {
    for (const interval of [30, 80]) {
      const server = await startServer();
      const uri = pathToFileURL(path.join(os.tmpdir(), `bench-burst-${out.length}.md`)).href;
      const run = await typeInBursts(server, uri, text, { bursts: 20, perBurst: 10, interval, pause: 200 });
      server.stop();
      const f = burstFigures(burstSummary(run.bursts, run.published));
      out.push([`${name}, every ${interval} ms`, `${f.bursts} × ${f.keystrokes / f.bursts}`, fmtMs(f.p50), fmtMs(f.p95), fmtMs(f.max), fmtMs(f.firstLatency[0]), fmtMs(f.restP95), `${f.intermediate} of ${f.keystrokes - f.bursts}`, String(f.unpublished), String(f.stale), String(f.repeated)]);
      console.log(out[out.length - 1].join('  '));
    }
  }
  return table(['Draft, typed every', 'Bursts × keys', "Last key → its diagnostics p50 ms", 'p95 ms', 'max ms', 'first burst ms', 'p95 of the rest ms', 'Earlier versions published', 'Bursts without the last version', 'Stale publications', 'Repeated'], out);
}

function fullCheckTimes(engine, text, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    engine.check(text);
    times.push(performance.now() - started);
  }
  return times;
}

/** CPU time (user + system, ms) of each in-process incremental check for the same edits as keystrokes(): less load-sensitive. */
function incrementalCpuTimes(engine, text, edits) {
  const at = paragraphPosition(text);
  const offset = text.split('\n').slice(0, at.line).join('\n').length + 1 + at.character;
  let current = text;
  let previous = engine.check(current);
  const times = [];
  /** Per keystroke, when it was sent and its diagnostics arrived (epoch ms), for --trace. */
  const spans = [];
  for (let i = 0; i < edits; i++) {
    current = i % 2 === 0 ? `${current.slice(0, offset)}x${current.slice(offset)}` : current.slice(0, offset) + current.slice(offset + 1);
    const started = process.cpuUsage();
    previous = engine.check(current, { previous });
    const used = process.cpuUsage(started);
    times.push((used.user + used.system) / 1000);
  }
  return times;
}

/** The server's GC pauses [epoch ms, kind, ms] as gc-trace.cjs wrote them when the server stopped (waited for up to 5 s). */
async function gcPauses(server) {
  for (let waited = 0; !existsSync(server.gcTrace) && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  return existsSync(server.gcTrace) ? JSON.parse(readFileSync(server.gcTrace, 'utf8')) : [];
}

/** What each typed series' tail is made of (bench/lib/keystroke-tail.mjs), for --trace. */
async function tailReport(series) {
  const lines = ['What the tail is made of (--trace): the six slowest keystrokes of each series (#index after the open: ms [GC pauses inside it]); s scavenge, M mark-compact, i incremental marking.', ''];
  for (const { name, spans, server } of series) lines.push(formatTail(name, keystrokeTail(spans, await gcPauses(server)), fmtMs));
  return lines.join('\n');
}

const outlook = readFileSync(path.join(SAMPLES, 'outlook-issue-7.md'), 'utf8');
const large = generateLargeDraft();
const datasetDir = path.join(SAMPLES, 'dataset');
const inputs = ['entities.yaml', 'metrics.yaml', 'observations-gii.yaml', 'observations-nature-index.yaml', 'observations-outlook.yaml', 'observations-songdo-tokyo.yaml', 'observations-us-japan.yaml', 'rankings.yaml', 'sources.yaml'].map((n) => ({ path: path.join(datasetDir, n), text: readFileSync(path.join(datasetDir, n), 'utf8') }));
const engine = createEngine({ dataset: loadDataset(inputs).dataset });
const load = () => os.loadavg()[0].toFixed(1);
const loadBefore = load();

if (opts['bursts-only']) {
  const burstTable = await burstRows();
  console.log(`1-min load average ${loadBefore} before, ${load()} after`);
  console.log(burstTable);
  process.exit(0);
}

let rows = [];
let h;
/** For --trace: each typed series' keystrokes (sent, arrived) and the server that checked them. */
const traced = [];
if (!opts['memory-only']) {
  const server = await startServer();
  rows = [];
  for (const [name, text, edits, fullRuns] of [['outlook sample (75 KB)', outlook, 200, 20], ['1 MB draft', large, 100, 5]]) {
    const uri = pathToFileURL(path.join(os.tmpdir(), `bench-${rows.length}.md`)).href;
    const { times, spans } = await keystrokes(server, uri, text, edits);
    traced.push({ name, spans, server });
    const k = percentiles(times);
    const f = percentiles(fullCheckTimes(engine, text, fullRuns));
    const c = percentiles(incrementalCpuTimes(engine, text, edits));
    rows.push([name, String(edits), fmtMs(k.p50), fmtMs(k.p95), fmtMs(k.max), fmtMs(f.p50), fmtMs(f.p95), fmtMs(f.max), fmtMs(c.p50), fmtMs(c.p95)]);
    console.log(rows[rows.length - 1].join('  '));
  }
  // The same edits typed once the server has been idle after the open: a fresh server per draft (its warm-up runs once
  // per process, on the first draft checked), typing starts when it logs that the warm-up is done.
  for (const [name, text, edits] of [['outlook sample (75 KB)', outlook, 200], ['1 MB draft', large, 100]]) {
    const idleServer = await startServer();
    const uri = pathToFileURL(path.join(os.tmpdir(), `bench-idle-${rows.length}.md`)).href;
    const { times, spans } = await keystrokes(idleServer, uri, text, edits, { afterWarmUp: true });
    traced.push({ name: `${name}, typed after idle`, spans, server: idleServer });
    idleServer.stop();
    const k = percentiles(times);
    rows.push([`${name}, typed after idle (warm-up done)`, String(edits), fmtMs(k.p50), fmtMs(k.p95), fmtMs(k.max), '', '', '', '', '']);
    console.log(rows[rows.length - 1].join('  '));
  }

  // The same edits at a typist's pace, 8 keys a second (125 ms from key to key), into a fresh server once its warm-up is
  // done: the server's idle time between keys is its own (idle-gc.ts collects the young generation in it).
  for (const [name, text, edits] of [['outlook sample (75 KB)', outlook, 200], ['1 MB draft', large, 100]]) {
    const pacedServer = await startServer();
    const uri = pathToFileURL(path.join(os.tmpdir(), `bench-paced-${rows.length}.md`)).href;
    const { times, spans } = await keystrokes(pacedServer, uri, text, edits, { afterWarmUp: true, paceMs: 125 });
    traced.push({ name: `${name}, typed at 8 keys a second`, spans, server: pacedServer });
    pacedServer.stop();
    const k = percentiles(times);
    rows.push([`${name}, typed at 8 keys a second (warm-up done)`, String(edits), fmtMs(k.p50), fmtMs(k.p95), fmtMs(k.max), '', '', '', '', '']);
    console.log(rows[rows.length - 1].join('  '));
  }

  if (opts['keystrokes-only']) {
    server.stop();
    const burstTable = opts.bursts ? await burstRows() : undefined;
    console.log(`1-min load average ${loadBefore} before, ${load()} after`);
    console.log(table(['Draft', 'Edits', 'Keystroke p50 ms', 'p95 ms', 'max ms', 'Full re-check p50 ms', 'p95 ms', 'max ms', 'Incremental check CPU p50 ms', 'p95 ms'], rows));
    if (burstTable) console.log(`\nTyped in bursts (--bursts): 20 bursts of 10 edits sent at a fixed interval without waiting, 200 ms between bursts, from the open's diagnostics on\n\n${burstTable}`);
    if (opts.trace) console.log(`\n${await tailReport(traced)}`);
    process.exit(0);
  }

  // Hovers on the outlook sample: an entity name and a number, alternately.
  const hoverUri = pathToFileURL(path.join(os.tmpdir(), 'bench-0.md')).href;
  const lines = outlook.split('\n');
  const keioLine = lines.findIndex((l) => l.startsWith('Keio University maintains'));
  const numberLine = lines.findIndex((l) => /\b\d{3}\b.*\bin 20\d\d\b/.test(l) && !l.startsWith('|'));
  const numberChar = /\b\d{3}\b/.exec(lines[numberLine]).index + 1;
  const hoverTimes = [];
  for (let i = 0; i < 200; i++) {
    const position = i % 2 === 0 ? { line: keioLine, character: 3 } : { line: numberLine, character: numberChar };
    const started = performance.now();
    await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: hoverUri }, position });
    hoverTimes.push(performance.now() - started);
  }
  h = percentiles(hoverTimes);
  server.stop();
}

// Memory: a fresh server, 200 open drafts (distinct copies of the outlook), then 1,000 edits to one of them; RSS as it
// stands and, through the bench-only preload, RSS and heap after a forced full GC.
const memory = await startServer({ gcOnSignal: true });
const idle = rssMiB(memory.child.pid);
const idleGc = await memoryAfterGc(memory.child);
const opened = [];
for (let i = 0; i < 200; i++) {
  const uri = pathToFileURL(path.join(os.tmpdir(), `bench-open-${i}.md`)).href;
  opened.push(memory.published(uri, 1));
  await memory.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: variant(outlook, i, 'outlook') } });
}
await Promise.all(opened);
const with200 = rssMiB(memory.child.pid);
// The server collects garbage itself once it has been idle for 2 s after a burst of checks (server/src/lsp/idle-gc.ts).
await new Promise((resolve) => setTimeout(resolve, 4000));
const with200Idle = rssMiB(memory.child.pid);
const with200Gc = await memoryAfterGc(memory.child);
const editUri = pathToFileURL(path.join(os.tmpdir(), 'bench-edits.md')).href;
await keystrokes(memory, editUri, outlook, 0);
const beforeEditsGc = await memoryAfterGc(memory.child);
await keystrokes(memory, editUri, outlook, 1000, { alreadyOpen: true });
const after1000 = rssMiB(memory.child.pid);
const after1000Gc = await memoryAfterGc(memory.child);
memory.stop();

const mib = (m) => m.toFixed(0);
const memoryBody = [
  `Server memory with 200 open drafts (distinct copies of the outlook, 15 MB of Markdown, all checked), then 1,000 edits to one more draft. RSS as read from /proc; "after GC" = RSS and heap used after three forced full GCs in the server (\`--expose-gc\` with the bench-only preload \`bench/lib/gc-on-signal.cjs\`).`,
  '',
  table(
    ['Server state', 'RSS MiB', 'RSS after GC MiB', 'Heap after GC MiB'],
    [
      ['idle after initialize', mib(idle), mib(idleGc.rss), mib(idleGc.heap)],
      ['200 open drafts, just checked', mib(with200), '', ''],
      ['200 open drafts, idle 4 s', mib(with200Idle), mib(with200Gc.rss), mib(with200Gc.heap)],
      ['+1 draft opened', '', mib(beforeEditsGc.rss), mib(beforeEditsGc.heap)],
      ['+1,000 edits to that draft', mib(after1000), mib(after1000Gc.rss), mib(after1000Gc.heap)],
    ],
  ),
  '',
  `Goal ≤ 300 MB with 200 open drafts: ${with200Idle * 1.048576 <= 300 ? '✅' : '❌'} ${(with200Idle * 1.048576).toFixed(0)} MB RSS once idle (${(with200 * 1.048576).toFixed(0)} MB just after the last check, ${(with200Gc.rss * 1.048576).toFixed(0)} MB after a forced GC). Heap after 1,000 edits vs before them: ${(after1000Gc.heap - beforeEditsGc.heap >= 0 ? '+' : '') + (after1000Gc.heap - beforeEditsGc.heap).toFixed(1)} MiB.`,
].join('\n');

if (opts['memory-only']) {
  if (!opts['no-write']) appendResults('Language server: memory', 'node --expose-gc bench/lsp.bench.mjs --memory-only', memoryBody);
  console.log(memoryBody);
  process.exit(0);
}

// RSS only says what V8 has not yet given back; whether old versions are retained is read from the heap after a
// full GC, in process, over the same 1,000 edits with each check handed the previous result (as the server does).
const heapMiB = () => {
  globalThis.gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
let editedText = outlook;
const editAt = outlook.split('\n').slice(0, paragraphPosition(outlook).line).join('\n').length + 1 + 40;
let previous = engine.check(editedText);
const heapBefore = heapMiB();
for (let i = 0; i < 1000; i++) {
  editedText = i % 2 === 0 ? `${editedText.slice(0, editAt)}x${editedText.slice(editAt)}` : editedText.slice(0, editAt) + editedText.slice(editAt + 1);
  previous = engine.check(editedText, { previous });
}
const heapAfter = heapMiB();

const body = [
  `Keystroke → published diagnostics: one character inserted or deleted inside a paragraph near the middle of the draft, sent as an incremental didChange to \`factlint-language-server --stdio\`, timed until the publishDiagnostics of that version arrives (edits sent one after another). "Full re-check" is \`engine.check(text)\` of the whole text without the previous result, in process, for comparison. "Incremental check CPU" is the CPU time (\`process.cpuUsage\`) of each in-process \`engine.check(text, { previous })\` for the same edits: less sensitive to other processes than wall time. The rows "typed after idle (warm-up done)" type the same edits into a fresh server once it has logged that its idle-time warm-up of the incremental path (\`server/src/lsp/warm-up.ts\`) is done, as when one types into a draft opened a few seconds before; the first rows type the moment the open's diagnostics arrive. The rows "typed at 8 keys a second" do the same at a typist's pace, each key sent 125 ms after the one before (or the moment its diagnostics arrive, when they take longer). 1-min load average ${loadBefore} before, ${load()} after.`,
  '',
  table(['Draft', 'Edits', 'Keystroke p50 ms', 'p95 ms', 'max ms', 'Full re-check p50 ms', 'p95 ms', 'max ms', 'Incremental check CPU p50 ms', 'p95 ms'], rows),
  '',
  `Hover (200 requests on the outlook sample, an entity name and a number alternately, round trip over stdio): p50 ${fmtMs(h.p50)} ms, p95 ${fmtMs(h.p95)} ms, max ${fmtMs(h.max)} ms.`,
  '',
  memoryBody,
  '',
  `Engine heap after a full GC (in process, the same 1,000 edits, each check handed the previous result): ${heapBefore.toFixed(1)} MiB before, ${heapAfter.toFixed(1)} MiB after${heapAfter - heapBefore < 5 ? ': old versions are not retained' : ': the heap grows with edits'}.`,
].join('\n');
if (!opts['no-write']) appendResults('Language server: keystroke, hover and memory', 'npm run bench:lsp', body);
console.log(body);
