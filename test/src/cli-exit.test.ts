// The CLI's end: the bin exits once stdout and stderr have taken the whole report (server/src/cli/main.ts, run()),
// without waiting for V8 to tear the heap down; nothing written may be lost on the way, whatever the reader's pace.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { Writable } from 'node:stream';
import { flushed } from '../../server/dist/cli/main.js';
import { bin, cli, tree, UNDEFINED, UNUSED } from './cli-helpers.js';

describe('flushed: a stream has taken everything written to it', () => {
  it('resolves only after the writes before it are done, in order', async () => {
    const done: string[] = [];
    const slow = new Writable({
      highWaterMark: 4,
      write(chunk: Buffer, _encoding, callback) {
        setTimeout(() => {
          done.push(String(chunk));
          callback();
        }, 20);
      },
    });
    slow.write('first chunk');
    slow.write('second chunk');
    await flushed(slow);
    assert.deepEqual(done.filter((c) => c !== ''), ['first chunk', 'second chunk']);
  });

  it('resolves at once for a stream that can take nothing more (destroyed, ended)', async () => {
    const destroyed = new Writable({ write: (_c, _e, callback) => callback() });
    destroyed.destroy();
    await flushed(destroyed);
    const ended = new Writable({ write: (_c, _e, callback) => callback() });
    ended.end('last');
    await flushed(ended);
  });
});

describe('the bin exits once its output is taken', () => {
  /** Runs the bin with stdout read only after `pauseMs`, so that a large report fills the pipe first. */
  function slowReader(args: readonly string[], cwd: string, pauseMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      let err = '';
      child.stdout.pause();
      setTimeout(() => {
        child.stdout.on('data', (d: Buffer) => out.push(d));
        child.stdout.resume();
      }, pauseMs);
      child.stderr.on('data', (d: Buffer) => (err += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: err }));
    });
  }

  it('a report larger than a pipe holds arrives whole, with its stderr and exit code, on one thread and two', async () => {
    // 24 drafts, each with 30 footnote calls without definition and a definition never cited.
    const calls = Array.from({ length: 30 }, (_, n) => `Line ${n} of the draft.[^missing${n}]\n`).join('');
    const files: Record<string, string> = {};
    for (let i = 0; i < 24; i++) files[`d${String(i).padStart(2, '0')}.md`] = `${i % 2 ? UNDEFINED : UNUSED}\n${calls}`;
    const dir = tree(files);
    for (const threads of ['1', '2']) {
      const args = ['-f', 'json', '--concurrency', threads, '--max-warnings', '0'];
      const expected = cli(args, { cwd: dir });
      assert.equal(expected.code, 1);
      assert.ok(expected.stdout.length > 128 * 1024, `a report of ${expected.stdout.length} characters fills a pipe`);
      assert.match(expected.stderr, /too many warnings/);
      const slow = await slowReader(args, dir, 300);
      assert.equal(slow.code, 1);
      assert.equal(slow.stdout, expected.stdout);
      assert.equal(slow.stderr, expected.stderr);
    }
  });

  it('exit codes stay those of the run: 0 clean, 1 findings, 2 usage error', () => {
    const dir = tree({ 'clean.md': '# Report\n\nThe programme began in 2019 with a small team.\n', 'bad.md': UNDEFINED });
    assert.equal(cli(['clean.md'], { cwd: dir }).code, 0);
    assert.equal(cli(['bad.md'], { cwd: dir }).code, 1);
    const usage = cli(['--no-such-option'], { cwd: dir });
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /factlint: /);
  });
});
