// One bad file never sinks the run: an engine failure on one file is one finding on it, a YAML alias bomb is a
// located dataset error, a corrupt cache is discarded with a warning, and thread counts stay within what there is.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cli, CLEAN, tree, UNDEFINED } from './cli-helpers.js';
import { StandbyWorkers, workerCount } from '../../server/dist/cli/pool.js';
import type { LintJob } from '../../server/dist/cli/types.js';

/**
 * Drafts whose check throws: the CLI's fault-injection point (FACTLINT_INJECT_FAULT) makes any text holding the
 * marker throw, since the engine has no known input that does.
 */
const FAULT = 'factlint-injected-fault-marker';
const FAULT_ENV = { FACTLINT_INJECT_FAULT: FAULT };
const FAILING_A = `# A\n\nUTokyo expanded from 287 publications in 2015 to 638 in 2024 (+122%). ${FAULT}\n`;
const FAILING_B = `# B\n\n- 12% ${FAULT}\n`;

interface JsonReport {
  files: { path: string; diagnostics: { ruleId: string; severity: string; line: number; column: number; message: string }[] }[];
  summary: { errors: number };
}

describe('an engine failure on one file is one finding on that file', () => {
  it('reports the failure at 1:1 of that file and everything else as usual, SARIF included', () => {
    const dir = tree({ 'a-crash.md': FAILING_A, 'b-undefined.md': UNDEFINED, 'c-deep.md': FAILING_B, 'd-clean.md': CLEAN });
    const run = cli([], { cwd: dir, env: FAULT_ENV });
    assert.equal(run.code, 1);
    assert.doesNotMatch(run.stderr, /internal error|\n\s+at /);
    assert.match(run.stdout, /^a-crash\.md:1:1\s+error\s+internal-error\s+Internal error while checking this file \(nothing else was checked in it; please report it\): RangeError: injected fault: the text holds "factlint-injected-fault-marker"$/m);
    assert.match(run.stdout, /^c-deep\.md:1:1\s+error\s+internal-error\s+.*RangeError: injected fault/m);
    assert.match(run.stdout, /^b-undefined\.md:3:20\s+error\s+footnote-undefined/m);

    const sarif = cli(['-f', 'sarif', '-o', 'out.sarif'], { cwd: dir, env: FAULT_ENV });
    assert.equal(sarif.code, 1);
    const log = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    assert.deepEqual(log.runs[0]!.results.map((r) => r.ruleId).sort(), ['footnote-undefined', 'internal-error', 'internal-error']);
  });

  it('gives the same report whatever the thread count', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 8; i++) files[`f${i}.md`] = [FAILING_A, UNDEFINED, FAILING_B, CLEAN][i % 4]!;
    const dir = tree(files);
    const single = cli(['-f', 'json', '--concurrency', '1'], { cwd: dir, env: FAULT_ENV });
    const pooled = cli(['-f', 'json', '--concurrency', '2'], { cwd: dir, env: FAULT_ENV });
    assert.equal(single.code, 1);
    assert.equal(pooled.stdout, single.stdout);
    const report = JSON.parse(pooled.stdout) as JsonReport;
    assert.deepEqual(
      report.files.map((f) => f.diagnostics.map((d) => d.ruleId).join(',')),
      ['internal-error', 'footnote-undefined', 'internal-error', '', 'internal-error', 'footnote-undefined', 'internal-error', ''],
    );
  });
});

describe('a YAML alias bomb is a located dataset error', () => {
  const bomb = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (const [i, name] of [...'bcdefghi'].entries()) bomb.push(`${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`);

  it('in a dataset: exit 2 at the first alias, no stack trace', () => {
    const dir = tree({ 'a.md': CLEAN, 'bomb.yaml': bomb.join('\n') + '\n' });
    const run = cli(['--dataset', 'bomb.yaml', 'a.md'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr.trim(), 'bomb.yaml:2:8: YAML cannot be read: its aliases expand too far (more than the YAML reader allows; an alias bomb?)');
  });

  it('in a config: exit 2, located', () => {
    const dir = tree({ 'a.md': CLEAN, '.factlintrc.yaml': bomb.join('\n') + '\n' });
    const run = cli(['a.md'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^\.factlintrc\.yaml:2:8: the configuration cannot be read: its aliases expand too far/m);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  });
});

describe('a cache that does not validate is discarded with a warning', () => {
  for (const [label, content] of [
    ['"entries": null', '{ "format": 1, "entries": null }'],
    ['an entry without a result', '{ "format": 1, "entries": { "/x.md": { "key": "k" } } }'],
    ['a diagnostic without a position', '{ "format": 1, "entries": { "/x.md": { "key": "k", "result": { "coverage": { "claims": 0, "verified": 0, "mismatched": 0, "unverified": 0 }, "diagnostics": [{ "ruleId": "cagr", "severity": "error", "message": "m" }] } } } }'],
    ['not JSON', '{ "format": 1, '],
  ]) {
    it(label, () => {
      const dir = tree({ 'a.md': UNDEFINED });
      mkdirSync(join(dir, 'node_modules/.cache/factlint'), { recursive: true });
      const location = join(dir, 'node_modules/.cache/factlint/cache.json');
      writeFileSync(location, content!);
      const first = cli(['--cache'], { cwd: dir });
      assert.equal(first.code, 1, first.stderr);
      assert.match(first.stderr, /warning: the cache .*cache\.json is not (valid|JSON).*; discarded/);
      assert.match(first.stdout, /^a\.md:3:20\s+error\s+footnote-undefined/m);
      const second = cli(['--cache'], { cwd: dir });
      assert.equal(second.code, 1);
      assert.doesNotMatch(second.stderr, /cache/, 'the cache was rewritten valid');
    });
  }
});

describe('a worker thread that dies', () => {
  it('hands every batch it held back to the main thread: the report is the one thread alone gives', () => {
    // Every file holds the marker: the worker exits on its first message, while it holds two batches (two files each).
    const marker = 'factlint-injected-worker-exit';
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`f${String(i).padStart(2, '0')}.md`] = `${[UNDEFINED, CLEAN, FAILING_A][i % 3]!}\n${marker}\n`;
    const dir = tree(files);
    const env = { ...FAULT_ENV, FACTLINT_INJECT_WORKER_EXIT: marker };
    const single = cli(['-f', 'json', '--concurrency', '1'], { cwd: dir, env });
    const pooled = cli(['-f', 'json', '--concurrency', '2'], { cwd: dir, env });
    assert.equal(single.code, 1, single.stderr);
    assert.equal(pooled.code, 1, pooled.stderr);
    assert.equal(pooled.stdout, single.stdout);
    const report = JSON.parse(pooled.stdout) as JsonReport;
    assert.equal(report.files.length, 12);
    assert.equal(report.files.filter((f) => f.diagnostics.some((d) => d.ruleId === 'internal-error')).length, 4, 'the injected faults, no more');
  });
});

describe('--concurrency is capped at the files and cores there are', () => {
  const jobs = (n: number): LintJob[] => Array.from({ length: n }, (_, id) => ({ id, path: `/f${id}.md`, text: 'x', datasetKey: 'd', rules: {}, fix: false }));

  it('at the cores', () => {
    assert.equal(workerCount(jobs(500), 1000, 2), 1);
    assert.equal(workerCount(jobs(500), 1000, 8), 7);
  });

  it('automatic concurrency keeps to the main thread on a machine whose load leaves no core free', () => {
    // 500 drafts of 5,000 characters: enough text for a worker on an idle machine.
    const large = jobs(500).map((job) => ({ ...job, text: 'x'.repeat(5000) }));
    assert.equal(workerCount(large, undefined, 2, 0.4), 1);
    assert.equal(workerCount(large, undefined, 2, 2.9), 1);
    assert.equal(workerCount(large, undefined, 2, 3), 0);
    assert.equal(workerCount(large, undefined, 8, 20), 0);
    // --concurrency is obeyed whatever the load.
    assert.equal(workerCount(large, 2, 2, 20), 1);
  });

  it('at the files', () => {
    assert.equal(workerCount(jobs(3), 1000, 64), 2);
    assert.equal(workerCount(jobs(1), 1000, 64), 0);
  });

  it('workers start before the files are read only when the run will want them', async () => {
    const dir = tree({ 'a.md': UNDEFINED, 'b.md': CLEAN });
    const paths = [join(dir, 'a.md'), join(dir, 'b.md')];
    // Two small drafts: one thread, unless --concurrency asks for more; never for one file or one core.
    assert.equal(await StandbyWorkers.start(paths, undefined, 8), undefined);
    assert.equal(await StandbyWorkers.start(paths, 1, 8), undefined);
    assert.equal(await StandbyWorkers.start(paths.slice(0, 1), 4, 8), undefined);
    assert.equal(await StandbyWorkers.start(paths, 4, 1), undefined);
    assert.equal(await StandbyWorkers.start(paths, undefined, 8, 100), undefined, 'automatic, on a busy machine');
    const standby = await StandbyWorkers.start(paths, 4, 8);
    assert.ok(standby);
    const taken = standby.take(5);
    assert.equal(taken.length, 1, 'one worker beside the main thread for two files');
    standby.dispose();
    // A taken worker is runJobs' to end.
    await Promise.all(taken.map((worker) => worker.terminate()));
  });

  it('a run that fails after its workers started ends at once, with the same message as without them', () => {
    const files: Record<string, string> = { '.factlintrc.json': '{ "rules": ' };
    for (let i = 0; i < 4; i++) files[`d${i}.md`] = CLEAN;
    const dir = tree(files);
    const pooled = cli(['--concurrency', '2'], { cwd: dir });
    const single = cli(['--concurrency', '1'], { cwd: dir });
    assert.equal(pooled.code, 2);
    assert.equal(pooled.stderr, single.stderr);
    assert.match(pooled.stderr, /factlintrc/);
  });

  it('--concurrency 1000 runs', () => {
    const dir = tree({ 'a.md': UNDEFINED, 'b.md': CLEAN, 'c.md': CLEAN });
    const run = cli(['--concurrency', '1000', '-f', 'json'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    assert.equal((JSON.parse(run.stdout) as JsonReport).summary.errors, 1);
  });
});
