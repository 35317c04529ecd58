// Build step: bundles the VS Code extension (client/dist/extension.js, CommonJS as VS Code loads it) and the language
// server (client/dist/server.mjs) with esbuild, and copies the default dataset and the JSON Schemas beside them.
import { cp, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const client = `${root}client/`;
await rm(`${client}dist`, { recursive: true, force: true });
const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', legalComments: 'none', minify: true };
await build({ ...common, entryPoints: [`${client}src/extension.ts`], outfile: `${client}dist/extension.js`, format: 'cjs', external: ['vscode'] });
// The server's import.meta.url paths (../default-dataset/, ../default-dataset.snapshot.json) resolve from client/dist.
await build({
  ...common,
  entryPoints: [`${root}server/dist/lsp/main.js`],
  outfile: `${client}dist/server.mjs`,
  format: 'esm',
  banner: { js: "import { createRequire as __factlintCreateRequire } from 'node:module'; const require = __factlintCreateRequire(import.meta.url);" },
});
await rm(`${client}default-dataset`, { recursive: true, force: true });
await cp(`${root}server/dist/default-dataset`, `${client}default-dataset`, { recursive: true });
await cp(`${root}server/dist/default-dataset.snapshot.json`, `${client}default-dataset.snapshot.json`);
await mkdir(`${client}schemas`, { recursive: true });
for (const name of ['config.schema.json', 'dataset.schema.json']) await cp(`${root}schemas/${name}`, `${client}schemas/${name}`);
// The real-VS-Code suite, loaded by the extension host (mocha stays external: it is resolved from node_modules).
await build({ ...common, minify: false, entryPoints: [`${client}test/suite/index.ts`], outfile: `${client}dist-test/index.js`, format: 'cjs', external: ['vscode', 'mocha'] });
