#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron starts: takes its --extensionDevelopmentPath=,
// --extensionTestsPath= and workspace arguments and runs them in a real VS Code here, code-server's workbench driven
// by Debian's headless Chromium, exiting with the suite's code (124 on a timeout).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { format } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { codeServerEntry } from './install.mjs';

const SUITE_TIMEOUT_MS = 5 * 60_000;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const extensionPath = resolve(option('extensionDevelopmentPath'));
const testsPath = resolve(option('extensionTestsPath'));
const folder = resolve(args.find((a) => !a.startsWith('-')) ?? process.cwd());
const artifacts = process.env.FACTLINT_E2E_ARTIFACTS;

const home = mkdtempSync(join(tmpdir(), 'factlint-e2e-'));
for (const sub of ['user-data', 'extensions', 'tmp', 'config', 'cache', 'chromium']) mkdirSync(join(home, sub));
let codeServer;
let browser;
let finished = false;

function cleanUp() {
  if (codeServer?.pid) {
    try {
      process.kill(-codeServer.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  rmSync(home, { recursive: true, force: true });
}
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => finish(130));

async function finish(code) {
  if (finished) return;
  finished = true;
  await browser?.close().catch(() => {});
  process.exit(code);
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(url) {
  for (;;) {
    if (codeServer.exitCode !== null) throw new Error(`code-server exited with ${codeServer.exitCode}`);
    const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

const port = await freePort();
const env = { ...process.env, HOME: home, TMPDIR: join(home, 'tmp'), XDG_CONFIG_HOME: join(home, 'config'), XDG_CACHE_HOME: join(home, 'cache'), XDG_DATA_HOME: join(home, 'user-data') };
codeServer = spawn(process.execPath, [codeServerEntry(), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--user-data-dir', join(home, 'user-data'), '--extensions-dir', join(home, 'extensions'), '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust'], {
  env,
  detached: true,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
const timer = setTimeout(() => {
  process.stderr.write(`[e2e] the suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s\n`);
  void finish(124);
}, SUITE_TIMEOUT_MS);
timer.unref();

try {
  await waitForHealth(base);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false, env });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
    const line = format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
    process.stdout.write(`${line}\n`);
    const request = /factlint-e2e:screenshot (\S+)(?: (\S+))?/.exec(line);
    if (request && artifacts) void takeScreenshot(page, request[1], request[2]?.split('|'));
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code) || 0));
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = JSON.stringify([['extensionDevelopmentPath', remote(extensionPath)], ['extensionTestsPath', remote(testsPath)]]);
  await page.goto(`${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`);
} catch (error) {
  process.stderr.write(`[e2e] ${error.stack ?? error}\n`);
  await finish(1);
}

/** The renderer lags the API: wait until what the test named (by default the hover and the squiggles) is drawn, then write the file. */
async function takeScreenshot(page, file, selectors = ['.monaco-hover-content', '.squiggly-error']) {
  mkdirSync(dirname(file), { recursive: true });
  for (const selector of selectors) await page.waitForSelector(selector, { state: 'visible', timeout: 15_000 }).catch(() => {});
  await page.screenshot({ path: file });
}
