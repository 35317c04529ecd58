// Entry of client/dist/server.mjs, the language server the VS Code extension starts (scripts/bundle-extension.mjs
// bundles this file with the loader): runs the server bundle client/dist/server.cjs through the V8 code cache the build
// writes beside it (server/src/cli/load-bundle.ts). A runtime whose V8 differs from the build's (VS Code's Electron,
// another Node) rejects the cache and compiles the bundle as before.
import { loadBundle } from '../server/dist/cli/load-bundle.js';

loadBundle(new URL('./server.cjs', import.meta.url));
