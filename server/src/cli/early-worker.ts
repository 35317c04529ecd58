// The first worker thread of a large run, started by the bin before it loads the CLI bundle (bin/factlint.js), so that
// Node's worker bootstrap and the worker's own bundle load overlap the main thread's instead of following its file
// discovery. The bundle's pool (pool.ts) then takes it as one of its workers, or ends it when the run wants none: this
// only moves a worker's start earlier, never decides whether a run has workers or which thread checks which file.
//
// This module is not bundled with the engine: it imports Node built-ins only (the bin loads it beside load-bundle.js),
// and the pool imports the same functions into the bundle.
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';

/**
 * Below this much text a worker's start-up (loading the bundle, taking the dataset, warming up) costs more than it
 * saves. Measured on 2 cores with the bin's --no-opt, longest files first and two batches per worker in flight
 * (bench/RESULTS.md): 20 drafts (0.27 MB) took 0.36 s alone and 0.39 s with a worker; 45 drafts (0.47 MB) 0.50 s
 * either way; 100 drafts (1.3 MB) 0.78 s alone and 0.62 s with a worker.
 */
export const PARALLEL_MIN_CHARS = 1_000_000;

/** From two cores on, one worker per core beyond the main thread's (the bin turns V8's background optimizer off). */
export const PARALLEL_MIN_CORES = 2;

/**
 * Automatic concurrency (no --concurrency) keeps to the main thread once the 1-minute load average reaches the cores
 * plus this. A worker only pays off with a core to run on: it costs 0.5 to 1.2 s of CPU time of its own (Node's
 * worker start, the bundle, a cold first check) on top of the drafts it takes over. On the shared 2-core machine at
 * 1-minute loads of 9 to 20, 100 drafts took longer with a worker than without in 28 of 30 alternated runs (median
 * 1.32 times as long; bench/RESULTS.md); on a quiet machine (load 2.4) a worker saved about a tenth.
 */
export const BUSY_LOAD_ABOVE_CORES = 1;

/** A worker's stack: below the main thread's 984 KB, so what overflows in the main thread overflows in a worker too. */
export const WORKER_STACK_MB = 0.75;

/**
 * A worker thread of the pool running `entry` (the bundle's worker.cjs) from an inline script that requires it: that
 * starts sooner than a worker given the file, which Node first resolves as a module entry point. Workers get less stack
 * than the main thread, and a job that fails in a worker is checked again in the main thread, whose result stands: a
 * file's result never depends on the thread it landed on.
 */
export function workerThread(entry: string): Worker {
  // Loaded only now: most runs check in the main thread alone and need no worker machinery.
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  return new Worker(`require(${JSON.stringify(entry)});`, { eval: true, resourceLimits: { stackSizeMb: WORKER_STACK_MB } });
}

/** Folder entries the size probe looks at, at most: a larger tree is left to the pool's own decision after discovery. */
const PROBE_MAX_ENTRIES = 1_000;

/** Options whose presence means the run checks little or nothing (or reads stdin): no early worker. */
const NO_EARLY_WORKER = new Set(['-h', '--help', '-v', '--version', '--list-rules', '--print-config', '-', '--cache']);

export interface EarlyWorker {
  worker: Worker;
  /** The 1-minute load average the decision read: the pool decides with the same one. */
  load: number;
  /** false once the worker has exited (it failed to start): the pool then starts another if it wants one. */
  alive(): boolean;
}

/**
 * Starts one worker thread (unref'd: it keeps nothing alive) for a command line that will most probably want one and
 * gain from an early one: two or more cores, at least PARALLEL_MIN_CHARS bytes of Markdown under the paths given (a
 * bounded look at the files and folders named, skipping node_modules and dot-folders), and `--concurrency` of 2 or more
 * or automatic concurrency with the load average below the cores plus BUSY_LOAD_ABOVE_CORES. undefined otherwise. A
 * wrong guess never changes a report: the pool ends a worker it does not want, and starts one it wants if none was
 * started here. It costs the worker's start, and a run that ends while the worker is still starting (a usage error)
 * waits for the thread to stop: 0.3 s or more on the loaded 2-core machine, hence no early worker for small runs.
 */
export function startEarlyWorker(argv: readonly string[], entry: string, cwd = process.cwd(), cores = availableParallelism(), load = loadavg()[0] ?? 0): EarlyWorker | undefined {
  if (cores < PARALLEL_MIN_CORES) return undefined;
  let concurrency: number | undefined;
  const operands: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = arg.startsWith('--') ? arg.split('=', 1)[0]! : arg;
    if (NO_EARLY_WORKER.has(name)) return undefined;
    if (name === '--concurrency') {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      concurrency = value === 'auto' ? undefined : Number(value);
    } else if (!arg.startsWith('-')) {
      // Option values land here too (`--format json`): a path that does not exist adds nothing.
      operands.push(arg);
    }
  }
  if (concurrency !== undefined && !(concurrency >= 2)) return undefined;
  if (concurrency === undefined && load >= cores + BUSY_LOAD_ABOVE_CORES) return undefined;
  if (markdownBytes(operands.length ? operands : ['.'], cwd) < PARALLEL_MIN_CHARS) return undefined;
  const worker = workerThread(entry);
  worker.unref();
  let alive = true;
  worker.once('exit', () => (alive = false));
  // A worker that fails before the pool takes it (a bundle not built) must not end the run: the pool, which listens
  // for errors itself once it takes a worker, starts another, or the bin reports the missing build.
  worker.on('error', () => undefined);
  return { worker, load, alive: () => alive };
}

/** The bytes of *.md and *.markdown files under these paths (globs: under their folder part), up to PARALLEL_MIN_CHARS. */
function markdownBytes(paths: readonly string[], cwd: string): number {
  let bytes = 0;
  let entries = 0;
  const walk = (dir: string): void => {
    let names;
    try {
      names = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of names) {
      if (bytes >= PARALLEL_MIN_CHARS || ++entries > PROBE_MAX_ENTRIES) return;
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') walk(join(dir, entry.name));
      } else if (entry.isFile() && /\.(?:md|markdown)$/i.test(entry.name)) {
        bytes += sizeOf(join(dir, entry.name));
      }
    }
  };
  for (const path of paths) {
    const glob = path.search(/[*?[{]/);
    const full = resolve(cwd, glob < 0 ? path : path.slice(0, Math.max(0, path.lastIndexOf('/', glob))) || '.');
    let info;
    try {
      info = statSync(full);
    } catch {
      continue;
    }
    if (info.isDirectory()) walk(full);
    else if (info.isFile() && glob < 0) bytes += info.size;
    if (bytes >= PARALLEL_MIN_CHARS || entries > PROBE_MAX_ENTRIES) break;
  }
  return bytes;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
