// Loads a CommonJS bundle built by scripts/bundle-cli.mjs (the CLI) or scripts/bundle-extension.mjs (the language
// server) through V8's code cache written beside it at build time, so a run deserialises the bytecode of the functions
// a check runs instead of parsing ~1.5 MB of JavaScript and compiling those functions again (about 30 ms of a run's
// start on a tiny file; bench/README.md). Node 20 has no module compile cache (module.enableCompileCache is Node 22),
// hence a vm.Script. A cache V8 rejects (another Node version, other V8 flags such as FACTLINT_V8_OPT=1, a bundle
// rebuilt without it) costs nothing but the time it saves: the source is compiled as usual.
//
// This module is not bundled: it imports Node built-ins only, so loading it costs next to nothing.
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/** The code cache of a bundle: beside it, same name plus this suffix. */
export const CODE_CACHE_SUFFIX = '.v8cache';

/**
 * The V8 flags of a CLI run, set before any of the bundle is compiled (and the same when its code cache is made, else
 * V8 rejects the cache).
 *
 * A lint run is short: V8's optimizing compiler (TurboFan) spends more on compiling, deoptimizing and its background
 * threads than it saves, and on two cores those threads take the core a worker thread could use. Without it, 100
 * report drafts lint in 0.52 s instead of 0.72 s (bench/RESULTS.md). FACTLINT_V8_OPT=1 keeps it.
 * A regex is compiled to machine code at once instead of being interpreted first and compiled again once hot: the
 * check runs a few hundred regexes over every draft, and this saves about 8 % of a 100-draft run's CPU time.
 */
export function setCliFlags(env: NodeJS.ProcessEnv = process.env): void {
  if (!env.FACTLINT_V8_OPT) setFlagsFromString('--no-opt');
  setFlagsFromString('--no-regexp-tier-up');
}

export interface LoadedBundle {
  /** The bundle's exports (module.exports of the CommonJS bundle). */
  exports: Record<string, unknown>;
  /** The compiled bundle: createCachedData() after a warm-up run makes its code cache (scripts/make-code-cache.mjs). */
  script: Script;
  /** true: a code cache was found and V8 rejected it; false: it was used; undefined: there was none (or useCache: false). */
  cacheRejected: boolean | undefined;
}

/** A bundle compiled, with or without its code cache, not run yet. */
export function compileBundle(file: string | URL, options: { useCache?: boolean } = {}): { path: string; script: Script; cacheRejected: boolean | undefined } {
  const path = resolve(typeof file === 'string' ? file : fileURLToPath(file));
  const source = readSource(path);
  let cachedData: Buffer | undefined;
  if (options.useCache !== false) {
    try {
      cachedData = readFileSync(path + CODE_CACHE_SUFFIX);
    } catch {
      cachedData = undefined;
    }
  }
  // One line of wrapper before the source's first line, so line numbers in stack traces stay the bundle's.
  const wrapped = `(function (exports, require, module, __filename, __dirname, __factlintImportMetaUrl) {${source}\n})`;
  const script = new Script(wrapped, { filename: path, cachedData });
  return { path, script, cacheRejected: cachedData ? script.cachedDataRejected === true : undefined };
}

/**
 * A bundle's text. The CLI's is ASCII (scripts/bundle-cli.mjs): read as Latin-1, the same string, it is copied into a
 * one-byte string instead of going through V8's UTF-8 decoder, in about half the time (2 MB: about 10 ms less in the
 * main thread and in each worker; bench/RESULTS.md). Any other text is decoded as UTF-8.
 */
export function readSource(path: string): string {
  const bytes = readFileSync(path);
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

/**
 * Compiles and runs a CommonJS bundle as Node's loader would (exports, require, module, __filename, __dirname), plus
 * `__factlintImportMetaUrl`, the bundle's own file URL, which the build puts in place of `import.meta.url`.
 * Throws ENOENT (error.code) when the bundle is missing.
 */
export function loadBundle(file: string | URL, options: { useCache?: boolean } = {}): LoadedBundle {
  const { path, script, cacheRejected } = compileBundle(file, options);
  const module = { exports: {} as Record<string, unknown> };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(path), module, path, dirname(path), pathToFileURL(path).href);
  return { exports: module.exports, script, cacheRejected };
}
