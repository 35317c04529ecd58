// Build step: bundles the CLI (and its worker) with esbuild into server/dist/bundle/, so `factlint` starts by
// loading a few files instead of resolving ~300 ES modules (about 0.1 s less per run; bench/README.md).
// The engine stays a separate lazy chunk, loaded only when a file needs checking.
//
//   node scripts/bundle-cli.mjs [--analyse]   (--analyse: print the largest inputs)
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const server = fileURLToPath(new URL('../server/', import.meta.url));
const outdir = `${server}dist/bundle`;
await rm(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { main: `${server}dist/cli/main.js`, worker: `${server}dist/cli/worker.js` },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The bundle sits beside dist/cli and dist/node, so their import.meta.url paths (../default-dataset/,
  // ../../package.json) resolve the same from it.
  logLevel: 'warning',
  legalComments: 'eof',
  metafile: process.argv.includes('--analyse'),
  // CommonJS dependencies (ignore, picomatch) call require() for Node built-ins.
  banner: { js: "import { createRequire as __factlintCreateRequire } from 'node:module'; const require = __factlintCreateRequire(import.meta.url);" },
});
if (result.metafile) {
  const sizes = new Map();
  for (const [file, input] of Object.entries(result.metafile.inputs)) {
    const key = file.replace(/^.*node_modules\/((?:@[^/]+\/)?[^/]+).*$/, '$1').replace(/^server\/dist\/([^/]+).*$/, 'dist/$1');
    sizes.set(key, (sizes.get(key) ?? 0) + input.bytes);
  }
  for (const [key, bytes] of [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${String(bytes).padStart(9)}  ${key}`);
}
