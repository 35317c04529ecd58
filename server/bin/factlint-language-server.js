#!/usr/bin/env node
// The factlint language server: `factlint-language-server --stdio` (or --node-ipc, --socket=N, as vscode-languageserver reads them).
// Runs the server bundled by the build in ../dist/bundle/lsp.cjs through its V8 code cache (../dist/cli/load-bundle.js).
try {
  const { loadBundle } = await import('../dist/cli/load-bundle.js');
  loadBundle(new URL('../dist/bundle/lsp.cjs', import.meta.url));
} catch (error) {
  const missing = (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('/dist/cli/load-bundle.js')) || (error?.code === 'ENOENT' && String(error.path).endsWith('lsp.cjs'));
  if (!missing) throw error;
  process.stderr.write('factlint-language-server: not built yet: run `npm run build` first.\n');
  process.exit(2);
}
