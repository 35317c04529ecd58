// Build step: bundles the CLI (and its worker) with esbuild into server/dist/bundle/main.cjs, one CommonJS file (and
// the language server into lsp.cjs), and
// writes its V8 code cache beside it (scripts/make-code-cache.mjs), so `factlint` starts by deserialising bytecode
// instead of resolving ~300 ES modules (about 0.1 s less per run) or parsing 1.5 MB of JavaScript (about 30 ms less;
// bench/README.md). What a run does not need (the engine when every file is cached, config parsing, the fix machinery,
// a formatter) stays behind esbuild's lazy module initialisers: compiled from the cache, never run.
//
//   node scripts/bundle-cli.mjs [--analyse]   (--analyse: print the largest inputs)
import { execFileSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { instrumentBuiltRegexes, rewriteBuiltRegexes, rewriteRegexes } from './case-closed-regexes.mjs';

const server = fileURLToPath(new URL('../server/', import.meta.url));

/**
 * fdir (tinyglobby's folder walker) requires picomatch from node_modules at load time, outside the bundle and its
 * code cache (~4 ms), for its own glob option, which tinyglobby never uses (it matches with the picomatch it bundles).
 */
const withoutFdirGlob = {
  name: 'without-fdir-glob',
  setup(build) {
    build.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const optional = /try \{\s*__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);\s*\} catch \{\}/;
      if (!optional.test(source)) throw new Error(`bundle-cli: fdir's optional picomatch require not found in ${args.path} (fdir changed: update the plugin)`);
      return { contents: source.replace(optional, '/* factlint: no picomatch for fdir\'s unused glob option */'), loader: 'js' };
    });
  },
};
const outdir = `${server}dist/bundle`;
await rm(outdir, { recursive: true, force: true });
// The digest of the engine bundled here, for the --cache fingerprint (dist/cli/cache.js).
const { engineDigest } = await import(`${server}dist/cli/cache.js`);
const engine = JSON.stringify(await engineDigest(`${server}dist/engine/`));
// What both bundles (the CLI and the language server) are built with.
const common = {
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // import() of a Node built-in loaded on demand (node:worker_threads) becomes require(): a vm.Script has no ES loader.
  supported: { 'dynamic-import': false },
  plugins: [withoutFdirGlob],
  logLevel: 'warning',
  legalComments: 'eof',
};
const result = await build({
  ...common,
  entryPoints: { main: `${server}dist/cli/bundle-entry.js` },
  // The bundle sits beside dist/cli and dist/node, so their import.meta.url paths (../default-dataset/,
  // ../../package.json) resolve the same from it; dist/cli/load-bundle.js passes the bundle's URL.
  define: { 'import.meta.url': '__factlintImportMetaUrl', __FACTLINT_ENGINE_DIGEST__: engine, __FACTLINT_WORKER_ENTRY__: '"./worker.cjs"' },
  metafile: process.argv.includes('--analyse'),
});
await writeCaseClosedRegexes(`${outdir}/main.cjs`);
await asciiOnly(`${outdir}/main.cjs`);
await writeCaseClosedBuiltRegexes(`${outdir}/main.cjs`);
// The pool's worker threads start here (dist/cli/pool.js, __FACTLINT_WORKER_ENTRY__) and load the same bundle and
// cache. CommonJS, loader included, so that a worker starts without Node's ES module loader (about 30 ms less of
// its start-up on a loaded 2-core machine; bench/RESULTS.md).
await build({ ...common, entryPoints: { 'load-bundle': `${server}dist/cli/load-bundle.js` } });
await writeFile(
  `${outdir}/worker.cjs`,
  "// Worker thread of the CLI's pool (written by scripts/bundle-cli.mjs): the bundle's worker, through its code cache.\n" +
    "require('./load-bundle.cjs').loadBundle(require('node:path').join(__dirname, 'main.cjs')).exports.startWorker();\n",
);
// The language server of `factlint-language-server` (Neovim, Helix, Emacs), loaded the same way.
await build({ ...common, entryPoints: { lsp: `${server}dist/lsp/main.js` }, define: { 'import.meta.url': '__factlintImportMetaUrl' } });
const makeCodeCache = fileURLToPath(new URL('./make-code-cache.mjs', import.meta.url));
execFileSync(process.execPath, [makeCodeCache, `${outdir}/main.cjs`], { stdio: 'inherit' });
execFileSync(process.execPath, [makeCodeCache, `${outdir}/lsp.cjs`, '--lsp'], { stdio: 'inherit' });
/**
 * Rewrites the bundle's `/iu` regexes with `\p{…}` classes into ones without `i` that match the same (about a third
 * less of their compile time in every thread; scripts/case-closed-regexes.mjs).
 */
async function writeCaseClosedRegexes(file) {
  const { text } = rewriteRegexes(await readFile(file, 'utf8'), file);
  await writeFile(file, text);
}
/**
 * Rewrites the bundle's `/iu` regexes with `\p{…}` classes built at run time from templates the same way, each used
 * when the source its call site builds is the one recorded by running the bundle (scripts/case-closed-regexes.mjs,
 * scripts/record-built-regexes.mjs). After asciiOnly: the sources recorded are those of the ASCII bundle.
 */
async function writeCaseClosedBuiltRegexes(file) {
  const text = await readFile(file, 'utf8');
  const copy = file.replace(/\.cjs$/, '.record.cjs');
  await writeFile(copy, instrumentBuiltRegexes(text, file));
  let recorded;
  try {
    recorded = JSON.parse(execFileSync(process.execPath, [fileURLToPath(new URL('./record-built-regexes.mjs', import.meta.url)), copy], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  } finally {
    await rm(copy, { force: true });
  }
  await writeFile(file, rewriteBuiltRegexes(text, new Map(recorded), file).text);
}
/**
 * Writes the non-ASCII characters esbuild leaves in regex literals and comments as \\uXXXX escapes (the same
 * characters to the regex engine): a bundle of ASCII reads into a one-byte string, copied as Latin-1 without UTF-8
 * decoding (dist/cli/load-bundle.js, readSource), in the main thread and in every worker. A non-ASCII character right
 * after a backslash
 * would change meaning if escaped, so it stops the build instead.
 */
async function asciiOnly(file) {
  const source = await readFile(file, 'utf8');
  const escaped = source.replace(/[^\0-\x7f]/g, (c, at) => {
    if (source[at - 1] === '\\') throw new Error(`bundle-cli: a non-ASCII character after a backslash at offset ${at} of ${file}: write it as \\u${c.charCodeAt(0).toString(16).padStart(4, '0')} in the source`);
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  await writeFile(file, escaped);
}
if (result.metafile) {
  const sizes = new Map();
  for (const [file, input] of Object.entries(result.metafile.inputs)) {
    const key = file.replace(/^.*node_modules\/((?:@[^/]+\/)?[^/]+).*$/, '$1').replace(/^server\/dist\/([^/]+).*$/, 'dist/$1');
    sizes.set(key, (sizes.get(key) ?? 0) + input.bytes);
  }
  for (const [key, bytes] of [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${String(bytes).padStart(9)}  ${key}`);
}
