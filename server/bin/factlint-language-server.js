#!/usr/bin/env node
// The factlint language server: `factlint-language-server --stdio` (or --node-ipc, --socket=N, as vscode-languageserver reads them).
try {
  await import('../dist/lsp/main.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('/dist/lsp/main.js')) throw error;
  process.stderr.write('factlint-language-server: not built yet: run `npm run build` first.\n');
  process.exit(2);
}
