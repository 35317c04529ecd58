// Installs what the real-VS-Code suite needs on a machine that reaches only npm and Debian: code-server (a real
// VS Code workbench and extension host from the npm registry) into a cache folder, and Debian's chromium when root.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
const DEBIAN_PACKAGES = ['chromium', 'libkrb5-dev', 'ripgrep', 'build-essential', 'python3'];

/** The folder code-server is installed in (FACTLINT_E2E_CACHE, else ~/.cache/factlint-e2e). */
export function cacheDir() {
  return process.env.FACTLINT_E2E_CACHE ?? join(process.env.HOME ?? '/tmp', '.cache', 'factlint-e2e');
}

export function codeServerEntry() {
  return join(cacheDir(), `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

function log(message) {
  process.stderr.write(`[e2e] ${message}\n`);
}

function ensureDebianPackages() {
  const missing = DEBIAN_PACKAGES.filter((p) => spawnSync('dpkg', ['-s', p], { stdio: 'ignore' }).status !== 0);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`missing Debian packages: ${missing.join(' ')} (install them, or run as root)`);
  log(`apt-get install ${missing.join(' ')}`);
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** code-server's postinstall fetches rg from GitHub unless @vscode/ripgrep's download cache already holds it. */
function prefillRipgrepCache(tmp) {
  const dir = join(tmp, 'vscode-ripgrep-cache-1.15.11');
  mkdirSync(dir, { recursive: true });
  const tarball = join(dir, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (!existsSync(tarball)) execFileSync('tar', ['czf', tarball, '-C', '/usr/bin', 'rg']);
}

export function ensureCodeServer() {
  ensureDebianPackages();
  if (existsSync(codeServerEntry())) return codeServerEntry();
  const prefix = join(cacheDir(), `code-server-${CODE_SERVER_VERSION}`);
  const tmp = join(cacheDir(), 'tmp');
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(prefix, { recursive: true });
  prefillRipgrepCache(tmp);
  writeFileSync(join(prefix, 'package.json'), '{ "private": true }\n');
  log(`installing code-server@${CODE_SERVER_VERSION} into ${prefix} (about a minute)`);
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: prefix,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, TMPDIR: tmp, npm_config_unsafe_perm: 'true', npm_config_yes: 'true' },
  });
  if (!existsSync(codeServerEntry())) throw new Error(`code-server installed, but ${codeServerEntry()} is missing`);
  return codeServerEntry();
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureCodeServer());
