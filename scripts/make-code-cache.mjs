// Build step: writes the V8 code cache of a bundle (BUNDLE.v8cache, read by server/dist/cli/load-bundle.js) after a
// warm-up, so the cache holds the bytecode of the functions a check runs, not only of the bundle's top level. Run in
// a process of its own: the V8 flags must be the run's from the start (a cache made under other flags is rejected).
//
//   node scripts/make-code-cache.mjs server/dist/bundle/main.cjs    (the CLI: checks the samples, as `factlint` would)
//   node scripts/make-code-cache.mjs client/dist/server.cjs --lsp   (the language server: a session on a sample draft)
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { CODE_CACHE_SUFFIX, loadBundle, setCliFlags } from '../server/dist/cli/load-bundle.js';

const [file, mode] = process.argv.slice(2);
const root = fileURLToPath(new URL('../', import.meta.url));
const outlook = `${root}samples/outlook-issue-7.md`;

if (mode === '--lsp-session') {
  // The server itself (stdio from the parent below): its cache is written when the session's `exit` ends the process.
  const bundle = loadBundle(file, { useCache: false });
  process.on('exit', () => {
    // The server turns --expose-gc on once running (lsp/idle-gc.ts); V8 accepts a cache made under the flags of a
    // server's start only, so they are set back first.
    setFlagsFromString('--no-expose-gc');
    writeFileSync(file + CODE_CACHE_SUFFIX, bundle.script.createCachedData());
  });
} else if (mode === '--lsp') {
  await lspSession();
} else {
  setCliFlags({});
  const bundle = loadBundle(file, { useCache: false });
  const drafts = readdirSync(`${root}samples/drafts`).filter((n) => n.endsWith('.md')).map((n) => `${root}samples/drafts/${n}`);
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const io = { cwd: root, env: {}, stdout: sink, stderr: sink, stdin: process.stdin };
  for (const extra of [['--format', 'json'], ['--format', 'stylish'], ['--fix-dry-run']]) {
    const exit = await bundle.exports.main([outlook, ...drafts, '--concurrency', '1', ...extra], io);
    if (exit !== 0 && exit !== 1) throw new Error(`make-code-cache: the warm-up run ${extra.join(' ')} exited with ${exit}`);
  }
  writeFileSync(file + CODE_CACHE_SUFFIX, bundle.script.createCachedData());
}

/** Starts the server (this script with --lsp-session) and plays a short editor session: open, hover, close, exit. */
async function lspSession() {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), file, '--lsp-session', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const pending = new Map();
  let nextId = 1;
  let buffer = Buffer.alloc(0);
  let diagnosed;
  const diagnostics = new Promise((resolve) => (diagnosed = resolve));
  const send = (message) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
    child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
  };
  const request = (method, params) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      send({ id, method, params });
    });
  child.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())?.[1]);
      if (buffer.length < end + 4 + length) return;
      const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString());
      buffer = buffer.subarray(end + 4 + length);
      if (message.method && message.id !== undefined) {
        // A request of the server (configuration, registrations): default answers.
        send({ id: message.id, result: message.method === 'workspace/configuration' ? message.params.items.map(() => null) : null });
      } else if (message.method === 'textDocument/publishDiagnostics' && message.params.diagnostics.length) {
        diagnosed(message.params);
      } else if (message.id !== undefined && pending.has(message.id)) {
        const { resolve, reject } = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) reject(new Error(message.error.message));
        else resolve(message.result);
      }
    }
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const timer = setTimeout(() => {
    child.kill();
    console.error('make-code-cache: the language server session timed out; no code cache written');
  }, 60_000);
  const uri = pathToFileURL(outlook).href;
  await request('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {}, workspaceFolders: null });
  send({ method: 'initialized', params: {} });
  send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(outlook, 'utf8') } } });
  const published = await diagnostics;
  const first = published.diagnostics[0].range.start;
  await request('textDocument/hover', { textDocument: { uri }, position: first });
  await request('textDocument/codeAction', { textDocument: { uri }, range: published.diagnostics[0].range, context: { diagnostics: published.diagnostics } });
  send({ method: 'textDocument/didClose', params: { textDocument: { uri } } });
  await request('shutdown', null);
  send({ method: 'exit' });
  const code = await exited;
  clearTimeout(timer);
  if (code !== 0) throw new Error(`make-code-cache: the language server exited with ${code}`);
}
