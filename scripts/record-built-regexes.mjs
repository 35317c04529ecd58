// Build step of the CLI bundle (scripts/bundle-cli.mjs): runs a copy of the bundle instrumented by
// scripts/case-closed-regexes.mjs (instrumentBuiltRegexes) — the code cache's warm-up check of the samples, then every
// module initialiser it did not run — and prints, as JSON, the [source, flags] pairs each call site that builds a regex at run time
// built (at most two: a site that builds more than one source is not rewritten).
//
//   node scripts/record-built-regexes.mjs server/dist/bundle/main.record.cjs
import { readdirSync } from 'node:fs';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { loadBundle } from '../server/dist/cli/load-bundle.js';

const [file] = process.argv.slice(2);
const root = fileURLToPath(new URL('../', import.meta.url));
/** Site id → the distinct [source, flags] it built (a source that is not a string as null). */
const built = new Map();
globalThis.__factlintRecordRegExp = (id, source, flags) => {
  const pairs = built.get(id) ?? built.set(id, []).get(id);
  const pair = [typeof source === 'string' ? source : null, typeof flags === 'string' ? flags : null];
  if (pairs.length < 2 && !pairs.some(([s, f]) => s === pair[0] && f === pair[1])) pairs.push(pair);
  return new RegExp(source, flags);
};
const bundle = loadBundle(file, { useCache: false });
const drafts = readdirSync(`${root}samples/drafts`).filter((n) => n.endsWith('.md')).map((n) => `${root}samples/drafts/${n}`);
const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
const exit = await bundle.exports.main([`${root}samples/outlook-issue-7.md`, ...drafts, '--concurrency', '1', '--format', 'json'], { cwd: root, env: {}, stdout: sink, stderr: sink, stdin: process.stdin });
if (exit !== 0 && exit !== 1) throw new Error(`record-built-regexes: the warm-up run exited with ${exit}`);
// Then the modules the check did not need (a failing initialiser only leaves its module's sites unrecorded).
for (const init of globalThis.__factlintRecordRegExpInits) {
  try {
    init();
  } catch {}
}
process.stdout.write(JSON.stringify([...built]));
