// `npm run test:neovim`: a real third-party editor, headless Neovim (Debian's package, installed when run as root),
// drives the stdio server on the outlook sample: diagnostics arrive and a hover on "Keio University" answers.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
if (spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status !== 0) {
  if (process.getuid?.() !== 0) throw new Error('Neovim is not installed (apt-get install neovim, or run as root)');
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'neovim'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

const root = mkdtempSync(join(tmpdir(), 'factlint-nvim-'));
try {
  const draft = join(root, 'outlook.md');
  copyFileSync(join(repo, 'samples/outlook-issue-7.md'), draft);
  const hoverLine = readFileSync(draft, 'utf8').split('\n').findIndex((l) => l.startsWith('Keio University maintains'));
  const out = join(root, 'result.json');
  const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${join(repo, 'test/neovim/client.lua')}`], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, HOME: root, XDG_STATE_HOME: root, XDG_DATA_HOME: root, FACTLINT_NODE: process.execPath, FACTLINT_SERVER: join(repo, 'server/bin/factlint-language-server.js'), FACTLINT_ROOT: root, FACTLINT_FILE: draft, FACTLINT_HOVER_LINE: String(hoverLine), FACTLINT_NVIM_OUT: out },
  });
  assert.equal(run.status, 0, `nvim exited with ${run.status}: ${run.stderr}`);
  const result = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(result.arrived, true, 'diagnostics arrived');
  assert.deepEqual([...result.codes].sort(), ['citation-undefined', 'footnote-unused', 'formula']);
  assert.match(result.hover, /\*\*Keio University\*\*[^]*\| Measure \| Year/);
  console.log(`neovim: ${result.codes.length} diagnostics (${result.codes.join(', ')}); hover on Keio University answered`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
