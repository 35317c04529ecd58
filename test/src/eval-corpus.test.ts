// The blind-written evaluation corpus: its labels are proven by the checker, and the dev split never regresses.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from './helpers.js';

const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [join(repoRoot, 'eval', script), ...args], { cwd: repoRoot, encoding: 'utf8' });

describe('evaluation corpus', () => {
  it('has labels the checker recomputes without a problem', () => {
    const result = run('check-labels.mjs');
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /no problems/);
  });
  it('scores the dev split at or above the recorded figures', () => {
    const result = run('run-eval.mjs', '--split', 'dev', '--check');
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });
});
