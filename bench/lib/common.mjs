// Shared helpers for the benchmarks: paths, sample loading, corpus generation, statistics, RESULTS.md.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const ROOT = path.dirname(BENCH_DIR);
export const SAMPLES = path.join(ROOT, 'samples');
export const CORPORA = path.join(BENCH_DIR, 'corpora');
export const RESULTS = path.join(BENCH_DIR, 'RESULTS.md');

/** The outlook first, then the drafts in name order: [{ name, text }]. */
export function loadSamples() {
  const outlook = { name: 'outlook-issue-7', text: readFileSync(path.join(SAMPLES, 'outlook-issue-7.md'), 'utf8') };
  const draftsDir = path.join(SAMPLES, 'drafts');
  const drafts = readdirSync(draftsDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ name: f.slice(0, -3), text: readFileSync(path.join(draftsDir, f), 'utf8') }));
  return [outlook, ...drafts];
}

/** Makes footnote labels of copy `n` unique ([^gii] → [^gii-c3]) so a concatenation stays a well-formed document. */
export function relabelFootnotes(text, n) {
  return n === 0 ? text : text.replace(/\[\^([^\]\s]+)\]/g, `[^$1-c${n}]`);
}

/**
 * A ~`targetBytes` single draft: the outlook and the drafts concatenated, over and over, with
 * footnote labels made unique per copy. Written to bench/corpora/draft-1mb.md and returned.
 */
export function generateLargeDraft(targetBytes = 1024 * 1024) {
  const samples = loadSamples();
  const parts = [];
  let bytes = 0;
  for (let n = 0; bytes < targetBytes; n++) {
    const s = samples[n % samples.length];
    const part = relabelFootnotes(s.text, n).trimEnd() + '\n\n';
    parts.push(part);
    bytes += Buffer.byteLength(part);
  }
  const text = parts.join('');
  mkdirSync(CORPORA, { recursive: true });
  writeFileSync(path.join(CORPORA, 'draft-1mb.md'), text);
  return text;
}

/**
 * Small, deterministic variations so that no two files of a corpus are byte-identical (a content-hash
 * cache cannot serve copy 2 from copy 1): a per-copy comment line, per-copy footnote labels and, in
 * every other copy, one prose word changed.
 */
export function variant(text, n, name) {
  let out = `<!-- bench corpus copy ${n} of ${name} -->\n` + relabelFootnotes(text, n + 1);
  if (n % 2 === 1) out = out.replace(/\bthe\b/, 'this');
  return out;
}

/**
 * Writes bench/corpora/files-N/ with N report-sized drafts (round-robin over the samples), or with kind 'outlook'
 * bench/corpora/outlook-N/ with N copies of the outlook issue (the issue's reference corpus); reuses a complete one.
 */
export function generateCorpus(count, kind = 'mixed') {
  const dir = path.join(CORPORA, `${kind === 'outlook' ? 'outlook' : 'files'}-${count}`);
  const stamp = path.join(dir, '.complete');
  const samples = loadSamples().filter((s) => kind !== 'outlook' || s.name.startsWith('outlook'));
  const expectedStamp = `${count} ${samples.map((s) => `${s.name}:${s.text.length}`).join(',')}`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === expectedStamp) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const perDir = 100;
  for (let i = 0; i < count; i++) {
    const s = samples[i % samples.length];
    // Nested folders (≤100 files each) so the tools' directory walking is exercised, as in a real docs tree.
    const sub = count > perDir ? path.join(dir, `part-${String(Math.floor(i / perDir)).padStart(2, '0')}`) : dir;
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `${String(i).padStart(4, '0')}-${s.name}.md`), variant(s.text, i, s.name));
  }
  writeFileSync(stamp, expectedStamp);
  return dir;
}

export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  // Nearest-rank: p90 of 5 samples is the maximum, of 15 the 14th.
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1];
}

export function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return { n, median, p90: quantile(sorted, 0.9), min: sorted[0], max: sorted[n - 1] };
}

export function machineLine() {
  const cpus = os.cpus();
  return `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores (os.availableParallelism() = ${os.availableParallelism()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()} ${os.arch()}`;
}

export function gitRevision() {
  try {
    const rev = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${rev} + uncommitted changes` : rev;
  } catch {
    return 'unknown';
  }
}

/** Appends one dated section to bench/RESULTS.md (creating it with a title if needed). */
export function appendResults(title, command, body) {
  if (!existsSync(RESULTS)) {
    writeFileSync(RESULTS, '# factlint benchmark results\n\nAppended by `bench/engine.bench.mjs` and `bench/peers.bench.mjs`; newest last.\n');
  }
  const section = [
    '',
    `## ${title} — ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
    '',
    `- Machine: ${machineLine()}`,
    `- Node: ${process.version}`,
    `- Revision: ${gitRevision()}`,
    `- Command: \`${command}\``,
    '',
    body.trimEnd(),
    '',
  ].join('\n');
  appendFileSync(RESULTS, section);
}

export function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((h, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

export function fmtMs(ms) {
  if (!Number.isFinite(ms)) return 'n/a';
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}
