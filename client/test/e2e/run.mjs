// `npm run test:e2e`: the extension's suite in a real VS Code through @vscode/test-electron. Where VS Code cannot be
// downloaded (this machine, CI), test-electron starts code-server-shim.mjs instead (code-server + headless Chromium),
// installed on first use; FACTLINT_E2E_DESKTOP=1 downloads and uses the desktop VS Code.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { ensureCodeServer } from './install.mjs';

const client = fileURLToPath(new URL('../../', import.meta.url));
const artifacts = join(client, '..', 'test-results', 'e2e');
const workspace = mkdtempSync(join(tmpdir(), 'factlint-e2e-workspace-'));
cpSync(join(client, 'test', 'fixture'), workspace, { recursive: true });
process.env.FACTLINT_E2E_ARTIFACTS = artifacts;
rmSync(artifacts, { recursive: true, force: true });

const desktop = process.env.FACTLINT_E2E_DESKTOP === '1';
if (!desktop) ensureCodeServer();
const started = Date.now();
let code = 0;
try {
  await runTests({
    ...(desktop ? {} : { vscodeExecutablePath: fileURLToPath(new URL('./code-server-shim.mjs', import.meta.url)) }),
    extensionDevelopmentPath: client,
    extensionTestsPath: join(client, 'dist-test', 'index.js'),
    launchArgs: [workspace, '--disable-extensions'],
  });
} catch (error) {
  process.stderr.write(`[e2e] ${error instanceof Error ? error.message : error}\n`);
  code = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
process.stderr.write(`[e2e] ${code ? 'failed' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s; artifacts in ${artifacts}\n`);
process.exit(code);
