// End-to-end safety of the built CLI: --fix never corrupts, loses or escalates; non-regular, oversized and binary
// files are refused or skipped with a message, never hang or abort the run.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, loadDataset } from 'factlint';
import { bin, cli, CLEAN, fixtures, tree, UNDEFINED } from './cli-helpers.js';
import { removeStaleTempFiles, writeFileAtomic } from '../../server/dist/node/atomic-write.js';

/** 287 (2015) → 638 (2024) is a CAGR of 9.3%: "8.3%" gets a certain fix. */
const CAGR = '# Growth\n\nUTokyo expanded from 287 publications in 2015 to 638 in 2024 (CAGR 8.3%).\n';
const CAGR_FIXED = CAGR.replace('8.3%', '9.3%');

/** Runs the CLI with a timeout, so that a hang fails the test instead of the suite. */
function bounded(args: readonly string[], cwd: string) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  assert.equal(run.signal, null, `factlint ${args.join(' ')} did not end by itself`);
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('--fix never corrupts a file', () => {
  it('leaves a Latin-1 file byte for byte, with a warning naming it', () => {
    const dir = tree({});
    const latin1 = Buffer.from('# Caf\xe9 r\xe9sum\xe9\n\nUTokyo expanded from 287 publications in 2015 to 638 in 2024 (CAGR 8.3%).\n', 'latin1');
    writeFileSync(join(dir, 'cafe.md'), latin1);
    const run = cli(['--fix', 'cafe.md'], { cwd: dir });
    assert.deepEqual(readFileSync(join(dir, 'cafe.md')), latin1);
    assert.match(run.stderr, /warning: cafe\.md is not valid UTF-8; its fixes are not written/);
    assert.match(run.stdout, /cafe\.md:3:\d+\s+error\s+cagr/, 'the finding is still reported');
    assert.equal(run.code, 1);
  });

  it('skips a binary file named .md with a warning and counts it in the summary', () => {
    const dir = tree({ 'clean.md': CLEAN });
    const binary = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from(CAGR)]);
    writeFileSync(join(dir, 'image.md'), binary);
    const run = cli(['--fix'], { cwd: dir });
    assert.deepEqual(readFileSync(join(dir, 'image.md')), binary);
    assert.match(run.stderr, /warning: image\.md looks binary \(NUL bytes\); not checked/);
    assert.match(run.stdout, /^0 problems .* in 2 files \(1 skipped as binary\)$/m);
    assert.match(run.stdout, /claims: 0 checked/);
    assert.equal(run.code, 0);
    const json = JSON.parse(cli(['-f', 'json'], { cwd: dir }).stdout) as { summary: { skipped: number }; files: { path: string; skipped?: string }[] };
    assert.equal(json.summary.skipped, 1);
    assert.deepEqual(json.files.map((f) => [f.path, f.skipped ?? null]), [['clean.md', null], ['image.md', 'binary']]);
  });

  it('treats mostly invalid UTF-8 without NUL bytes as binary too', () => {
    const dir = tree({});
    writeFileSync(join(dir, 'noise.md'), Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + (i % 0x7f))));
    const run = cli(['noise.md'], { cwd: dir });
    assert.match(run.stderr, /noise\.md looks binary \(mostly invalid UTF-8\)/);
    assert.equal(run.code, 0);
  });
});

describe('no non-finite number reaches a message or a fix', () => {
  const dataset = loadDataset([{ path: join(fixtures, 'dataset-tiny/tiny.yaml'), text: readFileSync(join(fixtures, 'dataset-tiny/tiny.yaml'), 'utf8') }]).dataset;
  const engine = createEngine({ dataset });
  const unprintable = /Infinity|NaN|\de[+-]\d/;

  it('a number past 2^53 (or past 1.8e308) is not read as a claim', () => {
    for (const digits of ['9'.repeat(320), '9' + '0'.repeat(25)]) {
      const text = `Output grew from 287 in 2015 to ${digits} in 2024 (+112%; CAGR 8.3%).\n`;
      const findings = engine.check(text).diagnostics;
      assert.deepEqual(findings.filter((d) => unprintable.test(JSON.stringify(d))), [], digits.length + ' digits');
      assert.deepEqual(findings.map((d) => d.ruleId), [], 'the claims that depend on it are unreadable, not findings');
    }
  });

  it('an expectation JavaScript would print in exponent notation is no finding', () => {
    const text = 'Output grew from 0.00000000000000000001 in 2015 to 638 in 2024 (+112%).\n';
    const findings = engine.check(text).diagnostics;
    assert.deepEqual(findings.map((d) => `${d.ruleId}: ${d.message}`), []);
  });

  it('--fix writes no Infinity into the file', () => {
    const original = `# Growth\n\nUTokyo expanded from 287 publications in 2015 to ${'9'.repeat(320)} in 2024 (+112%; CAGR 8.3%).\n`;
    const dir = tree({ 'big.md': original });
    cli(['--fix', 'big.md'], { cwd: dir });
    assert.doesNotMatch(readFileSync(join(dir, 'big.md'), 'utf8'), /Infinity|In,fin,ity|e\+/);
  });
});

describe('--fix never escalates and keeps what a file is', () => {
  it('leaves a read-only (0444) file alone with a message, even as root', () => {
    const dir = tree({ 'growth.md': CAGR });
    chmodSync(join(dir, 'growth.md'), 0o444);
    const run = cli(['--fix', 'growth.md'], { cwd: dir });
    assert.equal(readFileSync(join(dir, 'growth.md'), 'utf8'), CAGR);
    assert.equal(statSync(join(dir, 'growth.md')).mode & 0o777, 0o444);
    assert.match(run.stderr, /warning: growth\.md is read-only; its fixes are not written/);
    assert.match(run.stdout, /growth\.md:3:\d+\s+error\s+cagr/);
    assert.equal(run.code, 1);
  });

  it('keeps mode, and owner and group (these two checked when the tests run as root, as here in CI)', () => {
    const dir = tree({ 'growth.md': CAGR });
    const path = join(dir, 'growth.md');
    chmodSync(path, 0o604);
    const root = process.getuid?.() === 0;
    if (root) chownSync(path, 4321, 4322);
    const before = statSync(path);
    assert.equal(cli(['--fix', 'growth.md'], { cwd: dir }).code, 0);
    const after = statSync(path);
    assert.equal(readFileSync(path, 'utf8'), CAGR_FIXED);
    assert.equal(after.mode & 0o7777, 0o604);
    assert.deepEqual([after.uid, after.gid], [before.uid, before.gid]);
    if (root) assert.deepEqual([after.uid, after.gid], [4321, 4322]);
  });

  it('writes through a symlink to its target, which it replaces atomically, and keeps the link', () => {
    const dir = tree({ 'real/growth.md': CAGR });
    symlinkSync('real/growth.md', join(dir, 'link.md'));
    const inode = statSync(join(dir, 'real/growth.md')).ino;
    assert.equal(cli(['--fix', 'link.md'], { cwd: dir }).code, 0);
    assert.ok(lstatSync(join(dir, 'link.md')).isSymbolicLink(), 'the link is still a link');
    assert.equal(readFileSync(join(dir, 'real/growth.md'), 'utf8'), CAGR_FIXED);
    assert.notEqual(statSync(join(dir, 'real/growth.md')).ino, inode, 'replaced by rename, not rewritten in place');
    assert.deepEqual(readdirSync(join(dir, 'real')), ['growth.md']);
  });

  it('keeps a hard link: both names see the fix, still one file', () => {
    const dir = tree({ 'a.md': CAGR });
    linkSync(join(dir, 'a.md'), join(dir, 'b.md'));
    assert.equal(cli(['--fix', 'a.md'], { cwd: dir }).code, 0);
    assert.equal(readFileSync(join(dir, 'b.md'), 'utf8'), CAGR_FIXED);
    assert.equal(statSync(join(dir, 'a.md')).ino, statSync(join(dir, 'b.md')).ino);
    assert.equal(statSync(join(dir, 'a.md')).nlink, 2);
  });

  it('removes the temp files of a killed run, and only those', async () => {
    const dir = tree({ 'growth.md': CAGR, 'notes.md.factlint-tmp-x': 'not ours\n' });
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(join(dir, `growth.md.factlint-tmp-${dead}`), 'half a fix');
    writeFileSync(join(dir, `growth.md.factlint-tmp-${process.pid}`), 'a run in progress');
    const run = cli(['growth.md'], { cwd: dir });
    assert.match(run.stderr, new RegExp(`removed growth\\.md\\.factlint-tmp-${dead}, left by an interrupted --fix`));
    assert.deepEqual(readdirSync(dir).sort(), ['growth.md', `growth.md.factlint-tmp-${process.pid}`, 'notes.md.factlint-tmp-x']);
    // A live pid's temp file is kept while fresh; after ten minutes it is a leftover whatever the pid.
    const old = new Date(Date.now() - 11 * 60 * 1000);
    utimesSync(join(dir, `growth.md.factlint-tmp-${process.pid}`), old, old);
    assert.deepEqual(await removeStaleTempFiles([dir]), []); // still ours: this process's own temp files are never removed
    writeFileSync(join(dir, 'other.md.factlint-tmp-1'), 'pid 1 is alive, but the file is old');
    utimesSync(join(dir, 'other.md.factlint-tmp-1'), old, old);
    assert.deepEqual(await removeStaleTempFiles([dir]), [join(dir, 'other.md.factlint-tmp-1')]);
  });

  it('does not lose an append made after the content check (the check is repeated just before the rename)', async () => {
    const dir = tree({ 'a.md': 'old\n' });
    const path = join(dir, 'a.md');
    const outcome = await writeFileAtomic(path, 'fixed\n', { expected: 'old\n', beforeRename: () => writeFileSync(path, 'appended\n', { flag: 'a' }) });
    assert.equal(outcome, 'changed');
    assert.equal(readFileSync(path, 'utf8'), 'old\nappended\n');
    assert.deepEqual(readdirSync(dir), ['a.md']);
  });
});

describe('non-regular files are refused, never read', () => {
  const fifo = (path: string) => execFileSync('mkfifo', [path]);

  it('a FIFO given as a draft', () => {
    const dir = tree({ 'clean.md': CLEAN });
    fifo(join(dir, 'pipe.md'));
    const run = bounded(['pipe.md', 'clean.md'], dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot read pipe\.md: is a FIFO \(named pipe\), not a regular file/);
  });

  it('a FIFO given as a dataset', () => {
    const dir = tree({ 'clean.md': CLEAN });
    fifo(join(dir, 'facts.yaml'));
    const run = bounded(['--dataset', 'facts.yaml', 'clean.md'], dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot read the dataset facts\.yaml: is a FIFO \(named pipe\), not a regular file/);
  });

  it('a FIFO as the config, named or found', () => {
    const dir = tree({ 'clean.md': CLEAN });
    fifo(join(dir, 'config.json'));
    const named = bounded(['--config', 'config.json', 'clean.md'], dir);
    assert.equal(named.code, 2);
    assert.match(named.stderr, /config\.json: not a regular file/);
    fifo(join(dir, '.factlintrc.json'));
    const found = bounded(['clean.md'], dir);
    assert.equal(found.code, 2);
    assert.match(found.stderr, /\.factlintrc\.json:1:1: cannot read the configuration: is a FIFO \(named pipe\), not a regular file/);
  });

  it('a FIFO as an ignore file', () => {
    const dir = tree({ 'clean.md': CLEAN });
    fifo(join(dir, '.factlintignore'));
    const run = bounded([], dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot read the ignore file .*\.factlintignore: is a FIFO \(named pipe\), not a regular file/);
  });
});

describe('size limits', () => {
  const big = '# Big\n\n' + 'The team grew in 2019 and again in 2020.\n\n'.repeat(60); // about 2.6 KB

  it('an oversized draft gets one finding saying why; the other files are still checked', () => {
    const dir = tree({ 'big.md': big, 'small.md': UNDEFINED });
    const run = cli(['--max-file-size', '1KB'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^big\.md:1:1\s+error\s+file-too-large\s+Not checked: the file is 2\.\d KB, over the 1 KB limit for drafts \(raise it with --max-file-size or "maxFileSize" in the config\)\.$/m);
    assert.match(run.stdout, /^small\.md:3:20\s+error\s+footnote-undefined/m);
    assert.equal(cli(['--max-file-size', '10KB'], { cwd: dir }).stdout.includes('file-too-large'), false);
  });

  it('the limit comes from the config too; the command line wins', () => {
    const dir = tree({ 'big.md': big, '.factlintrc.json': '{ "maxFileSize": "1KB" }' });
    assert.match(cli([], { cwd: dir }).stdout, /big\.md:1:1\s+error\s+file-too-large/);
    assert.equal(cli(['--max-file-size', '1MB'], { cwd: dir }).code, 0);
  });

  it('a bad size is a usage error', () => {
    const run = cli(['--max-file-size', 'lots'], { cwd: tree({}) });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--max-file-size expects a size such as 10MB/);
  });

  it('an oversized dataset file is refused with the limit named (exit 2)', () => {
    const dir = tree({ 'clean.md': CLEAN });
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data/facts.yaml'), readFileSync(join(fixtures, 'dataset-tiny/tiny.yaml'), 'utf8') + `# ${'x'.repeat(2000)}\n`);
    const run = cli(['--dataset', 'data', '--max-dataset-size', '1KB', 'clean.md'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot read the dataset data\/facts\.yaml: is 2\.\d KB, over the 1 KB limit for dataset files \(raise it with --max-dataset-size/);
    assert.equal(cli(['--dataset', 'data', 'clean.md'], { cwd: dir }).code, 0);
    assert.ok(existsSync(join(dir, 'data/facts.yaml')));
  });
});

describe('nothing leaks into messages or the terminal', () => {
  it('a file named as a dataset is quoted in short, escaped excerpts, never dumped', () => {
    const secret = Array.from({ length: 40 }, (_, i) => `user${i}:$6$${'Qx7'.repeat(20)}secret${i}:19000:0:99999:7:::`).join('\n') + '\n';
    const dir = tree({ 'a.md': CLEAN, 'secret.txt': secret, '.factlintrc.json': '{ "dataset": "secret.txt" }' });
    const run = cli(['a.md'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /unknown field "user0:\$6\$Qx7Qx7[^"]{0,30}…", "user1:[^"]{0,40}", "user2:[^"]{0,40}" and 37 more/);
    assert.doesNotMatch(run.stderr, /secret\d|user3:/);
    assert.ok(run.stderr.length < 400, run.stderr);
  });

  it('a config key with control characters is escaped', () => {
    const dir = tree({ 'a.md': CLEAN, '.factlintrc.yaml': 'dataset: []\n"evil\\e[2J\\ec": 1\n' });
    const run = cli(['a.md'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.doesNotMatch(run.stderr, /\u001b/);
    assert.match(run.stderr, /unknown field "evil\\x1b\[2J\\x1bc"/);
  });

  const ESCAPED = '# Report\n\nSee the note.[^a\u001bc]\n\nUTokyo expanded from 287 publications in 2015 to 638 in 2024 (CAGR 8.3%).\u001b[2J\n';

  for (const format of ['stylish', 'github']) {
    it(`${format} output escapes every control character (ESC c in a footnote label resets a terminal)`, () => {
      const dir = tree({ 'esc.md': ESCAPED });
      const run = cli(['-f', format, 'esc.md'], { cwd: dir });
      assert.equal(run.code, 1);
      assert.doesNotMatch(run.stdout + run.stderr, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      assert.match(run.stdout, /\[\^a\\x1bc\] is cited but never defined/);
      const diff = cli(['-f', format, '--fix-dry-run', 'esc.md'], { cwd: dir });
      assert.match(diff.stdout, /^\+UTokyo .*CAGR 9\.3%\)\.\\x1b\[2J$/m);
      assert.doesNotMatch(diff.stdout, /\u001b/);
    });
  }
});
