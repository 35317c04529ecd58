#!/usr/bin/env node
// Whole-process benchmark of the factlint CLI against two peer Markdown linters, on corpora of 1, 100 and 1,000 drafts.
//
//   npx tsc -b && node bench/peers.bench.mjs [--sizes 1,100,1000] [--reps N] [--peers-only] [--no-write]
//
// The peers (bench/peers/package.json, pinned by its package-lock.json) are installed on demand with
// `npm ci --prefix bench/peers`; they are not part of the root install or of CI.
// Wall time: the parent's clock around the child (GNU time's own %e agrees to 10 ms). Peak RSS: GNU time's %M
// (/usr/bin/time, Debian package `time`). Each tool is run once per repetition, side by side, in a fixed order.
//
// The corpora are written to bench/corpora/files-N/ (git-ignored); every tool is pointed at the same symbolic link
// to that folder, outside the work tree ($TMPDIR/factlint-bench-corpora/files-N), so that no tool's ignore handling
// can differ. --corpus outlook uses N copies of the outlook issue instead (the reference corpus of the CLI issue).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, lstatSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { appendResults, BENCH_DIR, CORPORA, fmtMs, generateCorpus, ROOT, stats, table } from './lib/common.mjs';

const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,100,1000' },
    reps: { type: 'string' },
    'peers-only': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    boost: { type: 'boolean', default: false },
    corpus: { type: 'string', default: 'mixed' },
  },
});
const prefix = opts.corpus === 'outlook' ? 'outlook' : 'files';
// --boost: run this script and the tools it starts at nice -10, so that other work on a shared machine disturbs them less.
// With Linux's autogroup scheduling (/proc/sys/kernel/sched_autogroup_enabled = 1) a process's nice only weighs against
// the processes of its own session, so the session's autogroup is set to nice -10 too for the run, and set back at the
// end: on the shared 2-core machine at a load of 9, 100 drafts took 5.9 s at nice -10 alone and 1.6 s with the
// autogroup at -10 as well (bench/RESULTS.md, perf-cli11).
let autogroupBoost = false;
if (opts.boost) {
  os.setPriority(0, -10);
  autogroupBoost = boostAutogroup();
}
function boostAutogroup() {
  const file = '/proc/self/autogroup';
  try {
    if (readFileSync('/proc/sys/kernel/sched_autogroup_enabled', 'utf8').trim() !== '1') return false;
    const before = /nice\s+(-?\d+)/.exec(readFileSync(file, 'utf8'))?.[1];
    if (before === undefined) return false;
    writeFileSync(file, '-10');
    process.on('exit', () => {
      try {
        writeFileSync(file, before);
      } catch {
        // The session's autogroup is gone or not ours to set back: nothing left to do.
      }
    });
    return true;
  } catch {
    return false;
  }
}
const sizes = opts.sizes.split(',').map(Number);
const repsFor = (n) => (opts.reps ? Number(opts.reps) : n >= 1000 ? 1 : 3);
const SPEEDUP_GOAL = 2;
const CACHE_GOAL_MS = 1000;

const PEERS = path.join(BENCH_DIR, 'peers');
const BIN = path.join(PEERS, 'node_modules', '.bin');
const TIME = '/usr/bin/time';
const LOGS = path.join(CORPORA, 'logs');
const CACHES = path.join(CORPORA, 'cache');
const VIEW = path.join(os.tmpdir(), 'factlint-bench-corpora');
const FACTLINT = path.join(ROOT, 'server', 'bin', 'factlint.js');
const rel = (p) => path.relative(ROOT, p) || '.';

// --- prerequisites -------------------------------------------------------------------------------------------
if (!existsSync(TIME) || spawnSync(TIME, ['-f', '%e %M', 'true']).status !== 0) {
  console.error(`${TIME} (GNU time) is missing: install it with \`apt-get install -y time\` (Debian package "time").`);
  process.exit(2);
}
const installedLock = path.join(PEERS, 'node_modules', '.package-lock.json');
if (!existsSync(installedLock) || statSync(installedLock).mtimeMs < statSync(path.join(PEERS, 'package-lock.json')).mtimeMs) {
  console.error('installing the peers: npm ci --prefix bench/peers');
  const r = spawnSync('npm', ['ci', '--prefix', rel(PEERS), '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 2);
}
const versionOf = (pkg) => JSON.parse(readFileSync(path.join(PEERS, 'node_modules', pkg, 'package.json'), 'utf8')).version;

let factlintProblem;
if (opts['peers-only']) factlintProblem = 'skipped (--peers-only)';
else {
  const r = spawnSync(process.execPath, [FACTLINT, '--version'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) factlintProblem = `\`node server/bin/factlint.js --version\` failed (exit ${r.status}): ${(r.stderr || r.stdout).trim().split('\n')[0]}`;
}
const factlintVersion = factlintProblem ? undefined : spawnSync(process.execPath, [FACTLINT, '--version'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();

// --- the tools -------------------------------------------------------------------------------------------------
/** Each tool: how to run it on a corpus view folder, and how many files its output says it checked. */
function toolsFor(n, dir) {
  const cache = path.join(CACHES, `${prefix}-${n}.json`);
  const factlint = (extra) => ({ cwd: ROOT, cmd: process.execPath, args: [FACTLINT, dir, '--format', 'json', ...extra], show: `node server/bin/factlint.js ${dir} --format json${extra.length ? ' ' + extra.map((a) => (a === cache ? rel(cache) : a)).join(' ') : ''}` });
  const factlintFiles = (out) => {
    try {
      return JSON.parse(out).summary.files;
    } catch {
      return undefined;
    }
  };
  const tools = [];
  if (!factlintProblem) {
    tools.push({ id: 'factlint', label: 'factlint (all cores)', ...factlint([]), files: factlintFiles });
    // For reference (not a goal): one thread, like the peers.
    tools.push({ id: 'factlint-1t', label: 'factlint --concurrency 1 (reference)', ...factlint(['--concurrency', '1']), files: factlintFiles });
  }
  tools.push({
    id: 'markdownlint',
    label: `markdownlint-cli2 ${versionOf('markdownlint-cli2')}`,
    cwd: ROOT,
    cmd: path.join(BIN, 'markdownlint-cli2'),
    args: ['--config', rel(path.join(PEERS, '.markdownlint-cli2.jsonc')), `${dir}/**/*.md`],
    show: `bench/peers/node_modules/.bin/markdownlint-cli2 --config bench/peers/.markdownlint-cli2.jsonc "${dir}/**/*.md"`,
    files: (out) => Number(/Linting: (\d+) file/.exec(out)?.[1] ?? NaN),
  });
  tools.push({
    id: 'remark',
    label: `remark-cli ${versionOf('remark-cli')} + lint-recommended ${versionOf('remark-preset-lint-recommended')}`,
    // Plugins named by --use resolve from cwd, so remark runs in bench/peers.
    cwd: PEERS,
    cmd: path.join(BIN, 'remark'),
    args: [dir, '--quiet', '--no-stdout', '--use', 'remark-gfm', '--use', 'remark-preset-lint-recommended'],
    show: `(cd bench/peers && node_modules/.bin/remark ${dir} --quiet --no-stdout --use remark-gfm --use remark-preset-lint-recommended)`,
    // With --quiet, remark names only the files that have messages: a lower bound.
    files: (_out, err) => `≥ ${new Set(err.split('\n').filter((l) => /^\S.*\.md\S*$/.test(l.replace(/\x1b\[[0-9;]*m/g, '')))).size}`,
  });
  if (!factlintProblem) {
    tools.push({ id: 'cache-cold', label: 'factlint --cache, 1st run (empty cache)', ...factlint(['--cache', '--cache-location', cache]), files: factlintFiles, before: () => rmSync(cache, { force: true }) });
    tools.push({ id: 'cache-warm', label: 'factlint --cache, 2nd run (nothing changed)', ...factlint(['--cache', '--cache-location', cache]), files: factlintFiles });
  }
  return tools;
}

function run(tool, logBase) {
  tool.before?.();
  const out = `${logBase}.out`;
  const err = `${logBase}.err`;
  const timeFile = `${logBase}.time`;
  const outFd = openSync(out, 'w');
  const errFd = openSync(err, 'w');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(TIME, ['-f', '%e %M %U %S', '-o', timeFile, tool.cmd, ...tool.args], { cwd: tool.cwd, stdio: ['ignore', outFd, errFd] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  closeSync(outFd);
  closeSync(errFd);
  // GNU time writes "Command exited with non-zero status N" before the formatted line when the command fails.
  const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1);
  const [, rssKiB, user, sys] = last.split(' ').map(Number);
  const stdout = readFileSync(out, 'utf8');
  const stderr = readFileSync(err, 'utf8');
  return { ms, cpuS: user + sys, rssMiB: rssKiB / 1024, exit: r.status ?? `signal ${r.signal}`, files: tool.files(stdout, stderr), stderr };
}

function ensureView(n) {
  mkdirSync(VIEW, { recursive: true });
  const link = path.join(VIEW, `${prefix}-${n}`);
  const target = path.join(CORPORA, `${prefix}-${n}`);
  try {
    if (lstatSync(link)) unlinkSync(link);
  } catch {}
  symlinkSync(target, link, 'dir');
  return link;
}

// --- the runs ----------------------------------------------------------------------------------------------------
mkdirSync(LOGS, { recursive: true });
mkdirSync(CACHES, { recursive: true });
const sections = [];
const goals = [];
const anomalies = [];
const commands = new Map();
for (const n of sizes) {
  generateCorpus(n, opts.corpus);
  const dir = ensureView(n);
  const tools = toolsFor(n, dir);
  const reps = repsFor(n);
  const results = new Map(tools.map((t) => [t.id, []]));
  const load0 = os.loadavg()[0];
  for (let rep = 0; rep < reps; rep++) {
    for (const tool of tools) {
      process.stderr.write(`${prefix}-${n}: rep ${rep + 1}/${reps}: ${tool.id}…`);
      const r = run(tool, path.join(LOGS, `${tool.id}-${n}`));
      process.stderr.write(` ${fmtMs(r.ms)} ms, ${r.rssMiB.toFixed(0)} MiB, exit ${r.exit}\n`);
      results.get(tool.id).push(r);
      if (typeof r.exit !== 'number' || r.exit > 1) anomalies.push(`${prefix}-${n} ${tool.id}: exit ${r.exit}: ${r.stderr.trim().split('\n').slice(0, 3).join(' / ')}`);
      if (typeof r.files === 'number' && r.files !== n) anomalies.push(`${prefix}-${n} ${tool.id}: checked ${r.files} files, expected ${n}`);
    }
  }
  const load1 = os.loadavg()[0];
  const median = (id) => (results.has(id) ? stats(results.get(id).map((r) => r.ms)).median : NaN);
  const rows = tools.map((t) => {
    const rs = results.get(t.id);
    const s = stats(rs.map((r) => r.ms));
    const rss = stats(rs.map((r) => r.rssMiB));
    const cpuS = stats(rs.map((r) => r.cpuS));
    const exits = [...new Set(rs.map((r) => r.exit))].join(', ');
    commands.set(t.id, t.show.replaceAll(dir, '$CORPUS').replaceAll(`${prefix}-${n}.json`, `${prefix}-N.json`));
    const vsFactlint = t.id === 'markdownlint' || t.id === 'remark' ? (Number.isFinite(median('factlint')) ? `${(s.median / median('factlint')).toFixed(2)}×` : 'n/a') : '';
    return [t.label, `${fmtMs(s.median)}`, rs.map((r) => fmtMs(r.ms)).join(', '), cpuS.median.toFixed(2), `${rss.median.toFixed(0)}`, exits, String(rs[0].files), vsFactlint];
  });
  sections.push(
    `### ${n} file${n === 1 ? '' : 's'} (\`bench/corpora/${prefix}-${n}\`, ${reps} run${reps === 1 ? '' : 's'} each; 1-min load average ${load0.toFixed(1)} before, ${load1.toFixed(1)} after)\n\n` +
      table(['Tool', 'Wall ms (median)', 'Wall ms (each run)', 'CPU s, user + sys (median)', 'Peak RSS MiB (median)', 'Exit', 'Files checked', 'Peer time ÷ factlint time'], rows),
  );
  if (n >= 100 && results.has('factlint')) {
    for (const peer of ['markdownlint', 'remark']) {
      const ratio = median(peer) / median('factlint');
      goals.push(`${n} files: factlint vs ${peer}: ${ratio.toFixed(2)}× faster — goal ≥ ${SPEEDUP_GOAL}×: ${ratio >= SPEEDUP_GOAL ? '✅ met' : '❌ not met'}`);
    }
  }
  if (results.has('cache-warm')) {
    const warm = median('cache-warm');
    goals.push(`${n} file${n === 1 ? '' : 's'}: factlint --cache with nothing changed: ${fmtMs(warm)} ms — goal < 1 s: ${warm < CACHE_GOAL_MS ? '✅ met' : '❌ not met'}`);
  }
}

const corpusNote =
  'Corpora: copies of `samples/outlook-issue-7.md` and the 8 `samples/drafts/*.md`, round-robin (file 1 is the outlook; 1 in 9 files is the 74 KiB outlook, the rest 2 KiB drafts), each with a per-copy comment line, per-copy footnote labels and, in every other copy, one changed word, so that no two files are identical; 1,000 files are split in 10 folders. ' +
  '`$CORPUS` is the symbolic link `$TMPDIR/factlint-bench-corpora/files-N` → `bench/corpora/files-N`: the same path for every tool, outside the work tree. ' +
  'Every command runs under `/usr/bin/time -f "%e %M %U %S"` (wall time is measured by the script around it) with stdout and stderr written to `bench/corpora/logs/` (to count the files each tool checked); exit 1 = findings. markdownlint-cli2 is pinned to 0.22.1, the last release that supports Node 20 (0.23+ need Node ≥ 22).';
const body = [
  ...(opts.boost ? [`Run with \`--boost\`: the script and every tool ran at nice -10${autogroupBoost ? ', in a session whose autogroup was at nice -10 too' : ''} (the machine is shared with other engineers\' tests).`, ''] : []),
  `Versions: factlint ${factlintVersion ?? `not run — ${factlintProblem}`}; markdownlint-cli2 ${versionOf('markdownlint-cli2')} (markdownlint ${versionOf('markdownlint')}); remark-cli ${versionOf('remark-cli')}, remark-gfm ${versionOf('remark-gfm')}, remark-preset-lint-recommended ${versionOf('remark-preset-lint-recommended')}.`,
  '',
  'Commands:',
  '',
  ...[...commands].map(([id, c]) => `- ${id}: \`${c}\``),
  '',
  ...sections.flatMap((s) => [s, '']),
  'Goals:',
  '',
  ...(goals.length ? goals.map((g) => `- ${g}`) : ['- not evaluated (factlint was not run)']),
  ...(anomalies.length ? ['', 'Anomalies:', '', ...anomalies.map((a) => `- ${a}`)] : []),
  '',
  corpusNote,
].join('\n');
console.log(body);
const command = ['node', ...process.execArgv, path.relative(ROOT, process.argv[1]), ...process.argv.slice(2)].join(' ');
if (!opts['no-write']) {
  appendResults('CLI vs peers: whole-process wall time and peak RSS', command, body);
  console.log('\nappended to bench/RESULTS.md');
}
