// End-to-end tests of the built factlint CLI's --fix, --fix-dry-run, atomic writes, --cache, --shard and worker threads.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bin, cli, CLEAN, fixtures, tree, UNDEFINED, UNUSED } from './cli-helpers.js';
import { tempPathFor, writeFileAtomic } from '../../server/dist/node/atomic-write.js';
import { unifiedDiff } from '../../server/dist/cli/diff.js';






function listAll(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

/** The lead's cagr rule: 287 (2015) → 638 (2024) is a CAGR of 9.3%, so "8.3%" gets a certain fix to "9.3%". */
const CAGR = '# Growth\n\nUTokyo expanded from 287 publications in 2015 to 638 in 2024 (CAGR 8.3%).\n';
const CAGR_FIXED = '# Growth\n\nUTokyo expanded from 287 publications in 2015 to 638 in 2024 (CAGR 9.3%).\n';

interface JsonReport {
  files: { path: string; diagnostics: { ruleId: string; severity: string; line: number; message: string }[] }[];
  summary: { files: number; problems: number; errors: number; warnings: number };
}

describe('factlint CLI: --fix', () => {
  it('applies the certain cagr fix, reports what remains, leaves no temp file, and is idempotent', () => {
    const dir = tree({ 'growth.md': CAGR + '\nSee the note.[^missing]\n', 'clean.md': CLEAN });
    const before = listAll(dir);
    const first = cli(['--fix'], { cwd: dir });
    assert.equal(first.code, 1, first.stderr); // the footnote finding has no fix and remains
    assert.equal(readFileSync(join(dir, 'growth.md'), 'utf8'), CAGR_FIXED + '\nSee the note.[^missing]\n');
    assert.match(first.stdout, /^fixed 1 problem in 1 file$/m);
    assert.match(first.stdout, /^growth\.md:5:14\s+error\s+footnote-undefined/m);
    assert.doesNotMatch(first.stdout, /\bcagr\b/);
    assert.deepEqual(listAll(dir), before, 'no temp file is left behind');

    const second = cli(['--fix'], { cwd: dir });
    assert.equal(second.code, 1);
    assert.doesNotMatch(second.stdout, /^fixed/m);
    assert.equal(readFileSync(join(dir, 'growth.md'), 'utf8'), CAGR_FIXED + '\nSee the note.[^missing]\n');
    assert.equal(first.stdout.replace(/^fixed.*\n/m, ''), second.stdout);
  });

  it('exits 0 after fixing everything and keeps the file mode', () => {
    const dir = tree({ 'growth.md': CAGR });
    chmodSync(join(dir, 'growth.md'), 0o640);
    const run = cli(['--fix', 'growth.md'], { cwd: dir });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(readFileSync(join(dir, 'growth.md'), 'utf8'), CAGR_FIXED);
    assert.equal(statSync(join(dir, 'growth.md')).mode & 0o777, 0o640);
  });

  it('--fix-dry-run prints a unified diff and changes nothing', () => {
    const dir = tree({ 'growth.md': CAGR });
    const run = cli(['--fix-dry-run'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr); // what would remain after fixing: nothing
    assert.equal(readFileSync(join(dir, 'growth.md'), 'utf8'), CAGR);
    assert.ok(
      run.stdout.includes(
        '--- a/growth.md\n+++ b/growth.md\n@@ -1,3 +1,3 @@\n # Growth\n \n-UTokyo expanded from 287 publications in 2015 to 638 in 2024 (CAGR 8.3%).\n+UTokyo expanded from 287 publications in 2015 to 638 in 2024 (CAGR 9.3%).\n',
      ),
      run.stdout,
    );
    const json = JSON.parse(cli(['--fix-dry-run', '-f', 'json'], { cwd: dir }).stdout) as { files: { diff?: string }[] };
    assert.match(json.files[0]!.diff!, /^\+UTokyo .*9\.3%/m);
    assert.deepEqual(listAll(dir), ['growth.md']);
  });

  it('--fix-dry-run works on stdin; --fix refuses it', () => {
    const dir = tree({});
    const run = spawnSync(process.execPath, [bin, '-', '--stdin-filename', 'g.md', '--fix-dry-run'], { cwd: dir, input: CAGR, encoding: 'utf8' });
    assert.match(run.stdout, /^\+UTokyo .*9\.3%/m);
    assert.equal(spawnSync(process.execPath, [bin, '-', '--fix'], { cwd: dir, input: CAGR }).status, 2);
  });
});

describe('writeFileAtomic', () => {
  it('writes through a temp file in the same folder and renames it', async () => {
    const dir = tree({ 'a.md': 'old\n' });
    const path = join(dir, 'a.md');
    let seen: string[] = [];
    const outcome = await writeFileAtomic(path, 'new\n', { expected: 'old\n', beforeCompare: () => void (seen = readdirSync(dir).sort()) });
    assert.equal(outcome, 'written');
    assert.deepEqual(seen, ['a.md', `a.md.factlint-tmp-${process.pid}`]);
    assert.equal(tempPathFor(path), join(dir, `a.md.factlint-tmp-${process.pid}`));
    assert.equal(readFileSync(path, 'utf8'), 'new\n');
    assert.deepEqual(readdirSync(dir), ['a.md']);
  });

  it('never overwrites a file that changed since it was read', async () => {
    const dir = tree({ 'a.md': 'old\n' });
    const path = join(dir, 'a.md');
    const outcome = await writeFileAtomic(path, 'fixed\n', { expected: 'old\n', beforeCompare: () => writeFileSync(path, 'edited by someone else\n') });
    assert.equal(outcome, 'changed');
    assert.equal(readFileSync(path, 'utf8'), 'edited by someone else\n');
    assert.deepEqual(readdirSync(dir), ['a.md']);
  });
});

describe('unifiedDiff', () => {
  it('shows hunks with three lines of context and marks a missing final newline', () => {
    const a = Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    const b = a.replace('line 2\n', 'line two\n').replace('line 12\n', 'line twelve');
    assert.equal(
      unifiedDiff(a, b, 'a/x', 'b/x'),
      '--- a/x\n+++ b/x\n@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line two\n line 3\n line 4\n line 5\n@@ -9,4 +9,4 @@\n line 9\n line 10\n line 11\n-line 12\n+line twelve\n\\ No newline at end of file\n',
    );
    assert.equal(unifiedDiff(a, a, 'a/x', 'b/x'), '');
  });
});

describe('factlint CLI: --cache', () => {
  it('reuses results keyed by content, never loading the engine for unchanged files; a content change invalidates', () => {
    const dir = tree({ 'a.md': UNDEFINED, 'b.md': UNUSED, 'c.md': CLEAN });
    const first = cli(['--cache', '-f', 'json'], { cwd: dir });
    assert.equal(first.code, 1);
    assert.ok(existsSync(join(dir, 'node_modules/.cache/factlint/cache.json')));

    const trace = join(dir, 'trace.txt');
    writeFileSync(trace, '');
    const second = cli(['--cache', '-f', 'json'], { cwd: dir, nodeArgs: ['--import', join(fixtures, 'engine-trace.mjs')], env: { FACTLINT_TRACE_FILE: trace } });
    assert.equal(second.code, 1);
    assert.equal(second.stdout, first.stdout);
    assert.equal(readFileSync(trace, 'utf8'), '', 'a fully cached run imports no engine module');

    writeFileSync(join(dir, 'a.md'), CLEAN);
    const third = cli(['--cache', '-f', 'json'], { cwd: dir, nodeArgs: ['--import', join(fixtures, 'engine-trace.mjs')], env: { FACTLINT_TRACE_FILE: trace } });
    assert.equal(third.code, 0);
    assert.notEqual(readFileSync(trace, 'utf8'), '', 'a changed file is checked by the engine');
    const report = JSON.parse(third.stdout) as JsonReport;
    assert.deepEqual(
      report.files.map((f) => [f.path, f.diagnostics.map((d) => d.ruleId)]),
      [
        ['a.md', []],
        ['b.md', ['footnote-unused']],
        ['c.md', []],
      ],
    );
  });

  it('drops the entries of deleted files', () => {
    const dir = tree({ 'a.md': UNDEFINED, 'b.md': CLEAN });
    const location = join(dir, 'node_modules/.cache/factlint/cache.json');
    const paths = () => Object.keys((JSON.parse(readFileSync(location, 'utf8')) as { entries: Record<string, unknown> }).entries).map((p) => p.slice(dir.length + 1)).sort();
    cli(['--cache'], { cwd: dir });
    assert.deepEqual(paths(), ['a.md', 'b.md']);
    rmSync(join(dir, 'b.md'));
    assert.equal(cli(['--cache'], { cwd: dir }).code, 1);
    assert.deepEqual(paths(), ['a.md']);
  });

  it('a changed rule setting misses the cache; --cache-location chooses the file', () => {
    const dir = tree({ 'a.md': UNDEFINED });
    assert.equal(cli(['--cache', '--cache-location', 'my-cache/'], { cwd: dir }).code, 1);
    assert.ok(existsSync(join(dir, 'my-cache/cache.json')));
    assert.ok(!existsSync(join(dir, 'node_modules')));
    const demoted = cli(['--cache', '--cache-location', 'my-cache/', '--rule', 'footnote-undefined=warning'], { cwd: dir });
    assert.equal(demoted.code, 0);
    assert.match(demoted.stdout, /^a\.md:3:20\s+warning/m);
  });
});

describe('factlint CLI: --shard and worker threads', () => {
  const many: Record<string, string> = {};
  for (let i = 0; i < 12; i++) many[`f${String(i).padStart(2, '0')}.md`] = i % 3 === 0 ? UNDEFINED : i % 3 === 1 ? UNUSED : CLEAN;

  it('--shard i/n splits the sorted files round-robin: disjoint, and together all of them', () => {
    const dir = tree(many);
    const shards = [1, 2, 3].map((i) => (JSON.parse(cli(['-f', 'json', '--shard', `${i}/3`], { cwd: dir }).stdout) as JsonReport).files.map((f) => f.path));
    assert.deepEqual(shards[0], ['f00.md', 'f03.md', 'f06.md', 'f09.md']);
    const union = shards.flat().sort();
    assert.deepEqual(union, Object.keys(many).sort());
    assert.equal(new Set(union).size, union.length, 'shards are disjoint');
  });

  it('worker threads give the same, sorted output as one thread', () => {
    const dir = tree(many);
    const pooled = cli(['-f', 'json', '--concurrency', '3'], { cwd: dir });
    const single = cli(['-f', 'json', '--concurrency', '1'], { cwd: dir });
    assert.equal(pooled.code, 1, pooled.stderr);
    assert.equal(pooled.stdout, single.stdout);
    const report = JSON.parse(pooled.stdout) as JsonReport;
    assert.deepEqual(
      report.files.map((f) => f.path),
      Object.keys(many).sort(),
    );
    assert.equal(report.summary.errors, 4);
    assert.equal(report.summary.warnings, 4);
  });

  it('a bad dataset exits 2 with each problem once, whatever the thread count', () => {
    const dir = tree(many);
    const run = cli(['--dataset', join(fixtures, 'dataset-bad'), '--concurrency', '2'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr.trim().split('\n').length, 2, run.stderr);
  });
});
