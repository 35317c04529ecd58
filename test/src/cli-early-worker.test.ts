// The first worker of a large run starts in the bin, before the bundle loads (server/src/cli/early-worker.ts); the
// pool takes it or ends it. It may only move a worker's start earlier: whether a run has workers, and its report, stay
// the pool's.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { PARALLEL_MIN_CHARS, startEarlyWorker, type EarlyWorker } from '../../server/dist/cli/early-worker.js';
import { adoptEarlyWorker, StandbyWorkers } from '../../server/dist/cli/pool.js';
import { bin, CLEAN, cli, repo, tree, UNDEFINED } from './cli-helpers.js';

/** A worker entry that does nothing: the thread ends as soon as it has started. */
const idle = join(tree({ 'idle.cjs': 'module.exports = 0;\n' }), 'idle.cjs');

/** Folders of Markdown: `small` holds two drafts, `large` more than PARALLEL_MIN_CHARS bytes of them, in a subfolder. */
const small = tree({ 'a.md': UNDEFINED, 'b.md': CLEAN });
const chunk = `${UNDEFINED}\n${'Some prose of the draft. '.repeat(2_000)}\n`;
const large = tree(Object.fromEntries(Array.from({ length: Math.ceil(PARALLEL_MIN_CHARS / chunk.length) + 1 }, (_, i) => [`drafts/d${i}.md`, chunk])));
const hidden = tree(Object.fromEntries(Array.from({ length: Math.ceil(PARALLEL_MIN_CHARS / chunk.length) + 1 }, (_, i) => [`node_modules/pkg/d${i}.md`, chunk])));

async function end(started: EarlyWorker | undefined): Promise<boolean> {
  if (!started) return false;
  await started.worker.terminate();
  return true;
}

const start = (argv: string[], cwd: string, cores = 2, load = 0) => end(startEarlyWorker(argv, idle, cwd, cores, load));

describe('the bin starts a worker before loading the bundle only for a run that will most probably want one', () => {
  it('--concurrency 2 or more on two cores or more, whatever the load, from PARALLEL_MIN_CHARS bytes of Markdown', async () => {
    assert.equal(await start(['--concurrency', '2'], large, 2, 20), true);
    assert.equal(await start(['-f', 'json', '--concurrency=4', '.'], large, 8, 20), true);
    // A small run gains nothing from an early worker, and one that fails would wait for the thread to stop.
    assert.equal(await start(['--concurrency', '2'], small, 2, 0), false);
    assert.equal(await start(['--concurrency', '2'], large, 1), false, 'one core');
    assert.equal(await start(['--concurrency', '1'], large), false);
    assert.equal(await start(['--concurrency=0', '.'], large), false);
  });

  it('automatic concurrency: from PARALLEL_MIN_CHARS bytes of Markdown under the paths given, on a machine with a core free', async () => {
    assert.equal(await start([], large), true, 'the current folder, as without paths');
    assert.equal(await start(['drafts', '-f', 'json'], large), true);
    assert.equal(await start(['--concurrency', 'auto', 'drafts/**/*.md'], large), true, 'a glob: the folder before it');
    assert.equal(await start(['drafts/d0.md', 'drafts/d1.md'], large), false, 'two files, under the threshold');
    assert.equal(await start([], small), false);
    assert.equal(await start(['no-such-folder'], large), false);
    assert.equal(await start([], large, 2, 3), false, 'load average at the cores + 1');
    assert.equal(await start([], large, 2, 2.9), true);
    assert.equal(await start([], hidden), false, 'node_modules is never linted');
  });

  it('never for a run that checks nothing, reads stdin or uses the cache', async () => {
    for (const argv of [['--version'], ['-h'], ['--list-rules'], ['--print-config', 'a.md'], ['-', '--stdin-filename', 'a.md'], ['--cache', '.'], ['--concurrency', '2', '--cache']]) {
      assert.equal(await start(argv, large), false, argv.join(' '));
    }
  });
});

describe('the pool takes the early worker, or ends it', () => {
  const paths = [join(small, 'a.md'), join(small, 'b.md')];

  /** The one worker the pool starts for the two drafts (ended here), as the run would take it. */
  async function poolWorker(concurrency: number, cores: number): Promise<Worker> {
    const standby = await StandbyWorkers.start(paths, concurrency, cores);
    assert.ok(standby);
    const taken = standby.take(5);
    standby.dispose();
    assert.equal(taken.length, 1);
    await Promise.all(taken.map((worker: Worker) => worker.terminate()));
    return taken[0]!;
  }

  it('takes it as its first worker when the run wants workers', async () => {
    const early = startEarlyWorker(['--concurrency', '4'], idle, large, 8, 0)!;
    // The pool's liveness check: keep the idle thread's exit from making it look dead.
    early.alive = () => true;
    adoptEarlyWorker(early);
    assert.equal(await poolWorker(4, 8), early.worker);
  });

  it('ends it when the run wants none', async () => {
    const early = startEarlyWorker(['--concurrency', '2'], idle, large, 2, 0)!;
    const exited = once(early.worker, 'exit');
    adoptEarlyWorker(early);
    assert.equal(await StandbyWorkers.start(paths, 1, 2), undefined);
    await exited;
  });

  it('starts a worker of its own when the early one has died', async () => {
    const early = startEarlyWorker(['--concurrency', '2'], idle, large, 2, 0)!;
    // Unref'd by the bin's start: held here so that the test waits for its end.
    early.worker.ref();
    await once(early.worker, 'exit');
    assert.equal(early.alive(), false);
    adoptEarlyWorker(early);
    assert.notEqual(await poolWorker(2, 2), early.worker);
  });
});

describe('the bin with an early worker', () => {
  it('reports a large run exactly as the main thread alone does', () => {
    const one = cli(['-f', 'json', '--concurrency', '1', 'drafts'], { cwd: large });
    const two = cli(['-f', 'json', '--concurrency', '2', 'drafts'], { cwd: large });
    assert.equal(one.code, 1, one.stderr);
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.stderr, one.stderr);
    assert.match(one.stdout, /footnote-undefined/);
  });

  it('says the CLI is not built when the bundle (and so the worker) is missing', () => {
    const dir = tree({ 'a.md': CLEAN, 'b.md': CLEAN });
    mkdirSync(join(dir, 'bin'));
    mkdirSync(join(dir, 'dist/cli'), { recursive: true });
    copyFileSync(bin, join(dir, 'bin/factlint.js'));
    for (const file of ['load-bundle.js', 'early-worker.js']) copyFileSync(join(repo, 'server/dist/cli', file), join(dir, 'dist/cli', file));
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
    const r = spawnSync(process.execPath, [join(dir, 'bin/factlint.js'), '--concurrency', '2', large], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'factlint: the CLI is not built yet: run `npm run build` first.\n');
  });
});
