// Build step: writes the V8 code cache of a bundle (BUNDLE.v8cache, read by server/dist/cli/load-bundle.js) after a
// warm-up that checks the sample drafts, so the cache holds the bytecode of the functions a check runs, not only of
// the bundle's top level. Run in a process of its own: the V8 flags must be the run's from the start (a cache made
// under other flags is rejected).
//
//   node scripts/make-code-cache.mjs server/dist/bundle/main.cjs          (the CLI)
//   node scripts/make-code-cache.mjs client/dist/server.cjs --lsp         (the language server: top level only)
import { readdirSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { CODE_CACHE_SUFFIX, loadBundle, setCliFlags } from '../server/dist/cli/load-bundle.js';

const [file, mode] = process.argv.slice(2);
const root = fileURLToPath(new URL('../', import.meta.url));
if (mode !== '--lsp') setCliFlags({});
const bundle = loadBundle(file, { useCache: false });
if (mode !== '--lsp') {
  const drafts = readdirSync(`${root}samples/drafts`).filter((n) => n.endsWith('.md')).map((n) => `${root}samples/drafts/${n}`);
  const files = [`${root}samples/outlook-issue-7.md`, ...drafts];
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const io = { cwd: root, env: {}, stdout: sink, stderr: sink, stdin: process.stdin };
  for (const extra of [['--format', 'json'], ['--format', 'stylish'], ['--fix-dry-run']]) {
    const exit = await bundle.exports.main([...files, '--concurrency', '1', ...extra], io);
    if (exit !== 0 && exit !== 1) throw new Error(`make-code-cache: the warm-up run ${extra.join(' ')} exited with ${exit}`);
  }
}
writeFileSync(file + CODE_CACHE_SUFFIX, bundle.script.createCachedData());
