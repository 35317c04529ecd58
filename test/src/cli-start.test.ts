// The CLI's start: one CommonJS bundle loaded through the V8 code cache the build writes beside it
// (server/dist/cli/load-bundle.js, scripts/bundle-cli.mjs, scripts/make-code-cache.mjs).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { engineDigest } from '../../server/dist/cli/cache.js';
import { decodeDraft } from '../../server/dist/node/read-file.js';
import { bin, cli, repo, tree, UNDEFINED } from './cli-helpers.js';

const bundle = join(repo, 'server/dist/bundle/main.cjs');
const loader = join(repo, 'server/dist/cli/load-bundle.js');

/** Runs a module script in a fresh node (V8 flags are per process) and returns its stdout parsed as JSON. */
function probe(script: string): unknown {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

describe('factlint CLI start: the bundle and its code cache', () => {
  it('the build writes the bundle, its worker entry and a code cache that V8 accepts under the CLI flags', () => {
    assert.ok(existsSync(bundle));
    assert.ok(existsSync(join(repo, 'server/dist/bundle/worker.cjs')));
    assert.ok(statSync(`${bundle}.v8cache`).size > 100_000, 'the cache holds the bytecode of a warm-up check, not only the top level');
    const result = probe(`
      const l = await import(${JSON.stringify(loader)});
      l.setCliFlags({});
      const b = l.loadBundle(${JSON.stringify(bundle)});
      console.log(JSON.stringify({ rejected: b.cacheRejected, exports: Object.keys(b.exports).sort() }));`);
    assert.deepEqual(result, { rejected: false, exports: ['adoptEarlyWorker', 'main', 'run', 'startWorker'] });
  });

  it('a cache made under other V8 flags, or garbage, is rejected and the bundle still loads', () => {
    const dir = tree({});
    const copy = join(dir, 'main.cjs');
    copyFileSync(bundle, copy);
    copyFileSync(`${bundle}.v8cache`, `${copy}.v8cache`);
    // FACTLINT_V8_OPT=1 keeps the optimizing compiler: other flags than the cache was made under.
    const other = probe(`
      const l = await import(${JSON.stringify(loader)});
      l.setCliFlags({ FACTLINT_V8_OPT: '1' });
      const b = l.loadBundle(${JSON.stringify(copy)});
      console.log(JSON.stringify({ rejected: b.cacheRejected, main: typeof b.exports.main }));`);
    assert.deepEqual(other, { rejected: true, main: 'function' });
    writeFileSync(`${copy}.v8cache`, 'not a code cache');
    const garbage = probe(`
      const l = await import(${JSON.stringify(loader)});
      l.setCliFlags({});
      const b = l.loadBundle(${JSON.stringify(copy)});
      const none = l.loadBundle(${JSON.stringify(copy)}, { useCache: false });
      console.log(JSON.stringify({ rejected: b.cacheRejected, main: typeof b.exports.main, none: none.cacheRejected ?? null }));`);
    assert.deepEqual(garbage, { rejected: true, main: 'function', none: null });
  });

  it('a run with the optimizing compiler (cache rejected) reports exactly as a run with the cache', () => {
    const dir = tree({ 'a.md': UNDEFINED });
    const cached = cli(['-f', 'json'], { cwd: dir });
    const uncached = cli(['-f', 'json'], { cwd: dir, env: { FACTLINT_V8_OPT: '1' } });
    assert.equal(cached.code, 1);
    assert.equal(uncached.code, 1);
    assert.equal(uncached.stdout, cached.stdout);
    assert.match(cached.stdout, /footnote-undefined/);
  });

  it('worker threads load the same bundle: the report is the one of the main thread alone', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) files[`d${i}.md`] = i % 2 ? UNDEFINED : '# R\n\nSales rose from 10 in 2015 to 20 in 2020, a CAGR of 14.9%.\n';
    const dir = tree(files);
    const one = cli(['-f', 'json', '--concurrency', '1'], { cwd: dir });
    const three = cli(['-f', 'json', '--concurrency', '3'], { cwd: dir });
    assert.equal(one.code, 1);
    assert.equal(three.stdout, one.stdout);
    assert.equal(three.stderr, one.stderr);
  });

  it('the bundle carries the digest of the engine it was built from, for the --cache fingerprint', async () => {
    const digest = await engineDigest();
    assert.match(digest, /^[0-9a-f]{64}$/);
    assert.ok(readFileSync(bundle, 'utf8').includes(`"${digest}"`), 'the digest of dist/engine is in the bundle');
    // A different engine folder gives another digest: the fingerprint follows the engine's code.
    assert.notEqual(await engineDigest(join(repo, 'server/dist/node/')), digest);
  });

  it('reads a bundle as the text it holds, ASCII (as the build writes the CLI\'s) or not', async () => {
    const { readSource } = (await import(loader)) as typeof import('../../server/dist/cli/load-bundle.js');
    const dir = tree({ 'ascii.cjs': 'module.exports = "caf\\u00e9";\n', 'utf8.cjs': 'module.exports = "café 東京 😀";\n' });
    for (const name of ['ascii.cjs', 'utf8.cjs']) assert.equal(readSource(join(dir, name)), readFileSync(join(dir, name), 'utf8'), name);
    assert.equal(readSource(bundle), readFileSync(bundle, 'utf8'), 'the CLI bundle');
    const probed = probe(`
      const l = await import(${JSON.stringify(loader)});
      console.log(JSON.stringify([l.loadBundle(${JSON.stringify(join(dir, 'ascii.cjs'))}).exports, l.loadBundle(${JSON.stringify(join(dir, 'utf8.cjs'))}).exports]));`);
    assert.deepEqual(probed, ['café', 'café 東京 😀']);
  });

  it('says the CLI is not built when the bundle is missing', () => {
    const dir = tree({});
    mkdirSync(join(dir, 'bin'));
    mkdirSync(join(dir, 'dist/cli'), { recursive: true });
    copyFileSync(bin, join(dir, 'bin/factlint.js'));
    copyFileSync(loader, join(dir, 'dist/cli/load-bundle.js'));
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
    const r = spawnSync(process.execPath, [join(dir, 'bin/factlint.js'), '--version'], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'factlint: the CLI is not built yet: run `npm run build` first.\n');
  });
});

describe('language server start: the bundles and their code caches', () => {
  for (const [name, file] of [
    ['factlint-language-server (server/dist/bundle/lsp.cjs)', join(repo, 'server/dist/bundle/lsp.cjs')],
    ['the VS Code extension\'s server (client/dist/server.cjs)', join(repo, 'client/dist/server.cjs')],
  ] as const) {
    it(`${name}: V8 accepts the cache under a server's flags (none), though the server turns --expose-gc on later`, () => {
      assert.ok(statSync(`${file}.v8cache`).size > 100_000, 'the cache holds the bytecode of a warm-up session');
      const result = probe(`
        const l = await import(${JSON.stringify(loader)});
        console.log(JSON.stringify({ rejected: l.compileBundle(${JSON.stringify(file)}).cacheRejected }));`);
      assert.deepEqual(result, { rejected: false });
    });
  }

  it('the bundled servers answer initialize with the same capabilities as the unbundled one', async () => {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    const capabilities = (path: string): Promise<unknown> =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [path, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        const timer = setTimeout(() => {
          child.kill();
          reject(new Error(`no reply from ${path}: ${err}`));
        }, 60_000);
        child.stderr.on('data', (d: Buffer) => (err += d));
        child.stdout.on('data', (d: Buffer) => {
          out += d;
          const json = /\{"jsonrpc".*\}$/s.exec(out)?.[0];
          if (!json) return;
          try {
            const reply = JSON.parse(json) as { result: { capabilities: unknown } };
            clearTimeout(timer);
            child.kill();
            resolve(reply.result.capabilities);
          } catch {
            // Not the whole message yet.
          }
        });
        child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      });
    const unbundled = join(tree({ 'start.mjs': `await import(${JSON.stringify(join(repo, 'server/dist/lsp/main.js'))});` }), 'start.mjs');
    const expected = await capabilities(unbundled);
    assert.ok(expected && typeof expected === 'object' && 'hoverProvider' in expected);
    assert.deepEqual(await capabilities(join(repo, 'server/bin/factlint-language-server.js')), expected);
    assert.deepEqual(await capabilities(join(repo, 'client/dist/server.mjs')), expected);
  });
});

describe('reading drafts: valid UTF-8 is exact', () => {
  it('a draft is exact (--fix may write it) when and only when its text encodes back to its bytes', () => {
    const hex = (h: string) => Buffer.from(h.replace(/ /g, ''), 'hex');
    const samples: Array<[string, Buffer]> = [
      ['ascii', Buffer.from('# Report\n\nGrew 5% in 2020.\n')],
      ['BOM and accents', Buffer.from('\uFEFFCafé: 12 % à Zürich\n')],
      ['astral and CJK', Buffer.from('Émissions 😀 東京 2024\n')],
      ['Latin-1 é', Buffer.concat([Buffer.from('Caf'), hex('e9'), Buffer.from(' 12\n')])],
      ['truncated sequence', Buffer.concat([Buffer.from('ab'), hex('e2 82')])],
      ['overlong slash', Buffer.concat([Buffer.from('a'), hex('c0 af'), Buffer.from('b')])],
      ['encoded surrogate (CESU-8)', Buffer.concat([Buffer.from('a'), hex('ed a0 80'), Buffer.from('b')])],
      ['beyond U+10FFFF', Buffer.concat([Buffer.from('a'), hex('f4 90 80 80'), Buffer.from('b')])],
      ['lone continuation byte', Buffer.concat([Buffer.from('a'), hex('80'), Buffer.from('b')])],
    ];
    // Each after a line of prose, so that one bad sequence stays under the share that makes a file binary.
    const prose = Buffer.from('The programme began in 2019 with a small team of analysts.\n');
    for (const [name, sample] of samples) {
      const bytes = Buffer.concat([prose, sample]);
      const decoded = decodeDraft(bytes);
      assert.equal(decoded.kind, 'text', name);
      const roundTrip = Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes);
      assert.equal(decoded.kind === 'text' && decoded.exact, roundTrip, name);
      assert.equal(decoded.kind === 'text' && decoded.text, bytes.toString('utf8'), name);
    }
    assert.equal(decodeDraft(Buffer.from('a\0b')).kind, 'binary');
    assert.equal(decodeDraft(hex('ff fe ff fe ff fe 41')).kind, 'binary');
  });
});
