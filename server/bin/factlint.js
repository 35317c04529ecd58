#!/usr/bin/env node
// The factlint command: runs the CLI bundled by the build in ../dist/bundle (build it first with `npm run build`),
// through the V8 code cache the build writes beside it (see ../dist/cli/load-bundle.js).
let loader;
let cli;
try {
  loader = await import('../dist/cli/load-bundle.js');
  // V8 flags first: they apply to what is compiled after them, and the code cache was made under the same flags.
  loader.setCliFlags();
  cli = loader.loadBundle(new URL('../dist/bundle/main.cjs', import.meta.url)).exports;
} catch (error) {
  const missing = (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('/dist/cli/load-bundle.js')) || (error?.code === 'ENOENT' && String(error.path).endsWith('main.cjs'));
  if (!missing) throw error;
  process.stderr.write('factlint: the CLI is not built yet: run `npm run build` first.\n');
  process.exit(2);
}
await cli.run();
