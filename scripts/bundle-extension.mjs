// Build step: bundles the VS Code extension (client/dist/extension.js, CommonJS as VS Code loads it) and the language
// server (client/dist/server.mjs loading client/dist/server.cjs) with esbuild, and copies the default dataset and the JSON Schemas beside them.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const client = `${root}client/`;
await rm(`${client}dist`, { recursive: true, force: true });
const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', legalComments: 'none', minify: true };
await build({ ...common, entryPoints: [`${client}src/extension.ts`], outfile: `${client}dist/extension.js`, format: 'cjs', external: ['vscode'] });
// The language server: one CommonJS bundle (its import.meta.url paths, ../default-dataset/ and
// ../default-dataset.snapshot.json, resolve from client/dist) with its V8 code cache, made by a warm-up session
// (scripts/make-code-cache.mjs --lsp), and client/dist/server.mjs, the small ES module that loads both.
await build({
  ...common,
  entryPoints: [`${root}server/dist/lsp/main.js`],
  outfile: `${client}dist/server.cjs`,
  format: 'cjs',
  define: { 'import.meta.url': '__factlintImportMetaUrl' },
});
await build({ ...common, entryPoints: [`${root}scripts/lsp-bundle-start.mjs`], outfile: `${client}dist/server.mjs`, format: 'esm' });
await rm(`${client}default-dataset`, { recursive: true, force: true });
await cp(`${root}server/dist/default-dataset`, `${client}default-dataset`, { recursive: true });
await cp(`${root}server/dist/default-dataset.snapshot.json`, `${client}default-dataset.snapshot.json`);
await mkdir(`${client}schemas`, { recursive: true });
for (const name of ['config.schema.json', 'dataset.schema.json']) await cp(`${root}schemas/${name}`, `${client}schemas/${name}`);
// After the default dataset is in place: the warm-up session checks a sample draft against it.
execFileSync(process.execPath, [`${root}scripts/make-code-cache.mjs`, `${client}dist/server.cjs`, '--lsp'], { stdio: 'inherit' });
// The real-VS-Code suite, loaded by the extension host (mocha stays external: it is resolved from node_modules).
await build({ ...common, minify: false, entryPoints: [`${client}test/suite/index.ts`], outfile: `${client}dist-test/index.js`, format: 'cjs', external: ['vscode', 'mocha'] });
