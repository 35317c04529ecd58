// check-labels.mjs: validates the blind evaluation corpus by recomputing every claim of each <draft>.claims.json registry (format: eval/CORPUS-FORMAT.md).
// Usage: node eval/check-labels.mjs [files or folders…]   (default: every *.claims.json under eval/corpus)
//        node eval/check-labels.mjs --self-test
// Dependency-free, Node 20+. Prints `file:line: message` per problem and a summary; exits 1 when a problem exists.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const EVAL_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(EVAL_DIR, '..');
const SHARED_DIRS = [path.resolve(ROOT, '../shared/seeds'), path.resolve(ROOT, '../shared/reference')];

// ---------------------------------------------------------------- numbers
const TOL = 1e-9;
const near = (a, b) => Math.abs(a - b) <= TOL * Math.max(1, Math.abs(a), Math.abs(b));
const unit = (p) => 10 ** -p;

/** x rounded at p decimals; exact halves (within TOL) go away from zero, or to even with halfEven. */
function roundAt(x, p, halfEven) {
  const s = x * 10 ** p;
  const fl = Math.floor(s);
  const frac = s - fl;
  let r;
  if (Math.abs(frac - 0.5) <= TOL * Math.max(1, Math.abs(s))) {
    r = halfEven ? (fl % 2 === 0 ? fl : fl + 1) : (s > 0 ? fl + 1 : fl);
  } else r = Math.round(s);
  return r / 10 ** p;
}
const roundsTo = (truth, p, stated) => near(roundAt(truth, p, false), stated) || near(roundAt(truth, p, true), stated);
const farFrom = (truth, p, stated) => Math.abs(stated - truth) >= 5 * unit(p) * (1 - 1e-6);
const fmt = (x) => (Number.isFinite(x) ? String(+x.toPrecision(10)) : String(x));
const sum = (a) => a.reduce((s, v) => s + v, 0);

// ---------------------------------------------------------------- kinds
const NUM = 'number', ARR = 'number[]', INT = 'int', STR = 'string', FACT = 'fact', SPAN = 'span';
const KINDS = {
  'percent-change': { fields: { start: NUM, end: NUM, stated: NUM, precision: INT }, truth: (c) => ((c.end - c.start) / c.start) * 100, signed: true },
  'points-change': { fields: { start: NUM, end: NUM, stated: NUM, precision: INT }, truth: (c) => c.end - c.start, signed: true },
  cagr: { fields: { start: NUM, end: NUM, years: NUM, stated: NUM, precision: INT }, truth: (c) => ((c.end / c.start) ** (1 / c.years) - 1) * 100, signed: true },
  share: { fields: { part: NUM, total: NUM, stated: NUM, precision: INT }, truth: (c) => (c.part / c.total) * 100 },
  total: { fields: { parts: ARR, stated: NUM, precision: INT }, truth: (c) => sum(c.parts) },
  'dataset-value': { fields: { stated: NUM, precision: INT, fact: FACT }, truth: (c) => c.fact.value },
  multiple: { fields: { start: NUM, end: NUM, stated: NUM, precision: INT }, check: checkMultiple },
  'breakdown-sum': { fields: { values: ARR, precision: INT, span: SPAN }, check: checkBreakdown },
  granularity: { fields: { n: INT, stated: NUM, precision: INT }, check: checkGranularity },
  rank: { fields: { stated: INT, fact: FACT }, check: (c) => ({ wrong: c.stated !== c.fact.value, why: `true rank ${c.fact.value}, stated ${c.stated}` }) },
  'rank-years': { fields: { statedFrom: INT, statedTo: INT, fact: FACT }, check: (c) => ({ wrong: c.statedFrom !== c.fact.from || c.statedTo !== c.fact.to, why: `true span ${c.fact.from}–${c.fact.to}, stated ${c.statedFrom}–${c.statedTo}` }) },
  formula: { fields: { formulaText: STR, correctFormula: STR }, check: null },
  'footnote-undefined': { fields: { label: STR }, structural: true },
  'footnote-unused': { fields: { label: STR }, structural: true },
  'footnote-duplicate': { fields: { label: STR }, structural: true },
  'citation-undefined': { fields: { number: INT }, structural: true },
  'bibliography-uncited': { fields: { number: INT }, structural: true },
  'bibliography-numbering': { fields: { number: INT }, structural: true },
};

function checkMultiple(c) {
  const truth = c.end / c.start;
  const q = (c.qualifier || '').toLowerCase().trim();
  let ok;
  if (!q || ['about', 'around', 'roughly', 'some', 'approximately'].includes(q)) ok = roundsTo(truth, c.precision, c.stated);
  else if (['more than', 'over', 'above', 'upwards of'].includes(q)) ok = truth > c.stated * (1 + TOL);
  else if (['at least'].includes(q)) ok = truth >= c.stated * (1 - TOL);
  else if (['nearly', 'almost', 'just under', 'close to', 'not quite'].includes(q)) ok = truth < c.stated * (1 - TOL) && truth >= c.stated * 0.9 * (1 - TOL);
  else return { error: `unknown qualifier "${c.qualifier}"` };
  const why = `true factor ${fmt(truth)}, stated ${q ? q + ' ' : ''}${c.stated}`;
  if (q) return { wrong: !ok, why };
  // Unqualified factors ("tripled", "2.5-fold") are coarse: wrong when the truth does not round to the factor
  // and is 5 units of precision or 10% of the factor away ("quadrupled" for a tripling is clearly wrong).
  const off = Math.abs(truth - c.stated);
  return { wrong: !ok && (farFrom(truth, c.precision, c.stated) || off >= 0.1 * c.stated * (1 - 1e-6)), right: ok, why };
}
function checkBreakdown(c) {
  const total = sum(c.values), dev = Math.abs(total - 100), u = unit(c.precision);
  const slack = c.values.length * 0.5 * u;
  const wrong = dev >= 5 * u * (1 - 1e-6) && dev > slack * (1 + 1e-6);
  return { wrong, right: dev <= slack * (1 + 1e-6), why: `shares sum to ${fmt(total)} (rounding slack ±${fmt(slack)})` };
}
function checkGranularity(c) {
  let ok = false;
  for (let k = 0; k <= c.n && !ok; k++) ok = roundsTo((k / c.n) * 100, c.precision, c.stated);
  return { wrong: !ok, why: ok ? `${c.stated}% is a possible share of ${c.n}` : `no k/${c.n} rounds to ${c.stated}%` };
}

/** Recomputes a numeric claim: returns a problem message, or null. */
function verdict(c) {
  const spec = KINDS[c.kind];
  if (spec.truth) {
    const truth = spec.truth(c);
    if (!Number.isFinite(truth)) return `truth is not a finite number (${truth})`;
    let stated = c.stated;
    if (c.direction !== undefined) {
      if (!spec.signed) return `direction is meaningless for ${c.kind}`;
      if (!['up', 'down'].includes(c.direction)) return `direction must be "up" or "down"`;
      if (stated < 0) return `with a direction, stated is the magnitude and must not be negative`;
      if (c.direction === 'down') stated = -stated;
    }
    const shown = `truth ${fmt(truth)}, stated ${fmt(stated)} at precision ${c.precision}`;
    if (c.planted) return farFrom(truth, c.precision, stated) ? null : `planted error is not clearly wrong (< 5 units of precision): ${shown}`;
    if (c.direction === 'up' && truth <= 0) return `direction "up" but the truth is ${fmt(truth)}`;
    if (c.direction === 'down' && truth >= 0) return `direction "down" but the truth is ${fmt(truth)}`;
    return roundsTo(truth, c.precision, stated) ? null : `correct claim does not round to the truth: ${shown}`;
  }
  if (!spec.check) return null;
  const r = spec.check(c);
  if (r.error) return r.error;
  if (c.planted) return r.wrong ? null : `planted error is not clearly wrong: ${r.why}`;
  if (r.right === false || (r.right === undefined && r.wrong)) return `correct claim is wrong: ${r.why}`;
  return null;
}

// ---------------------------------------------------------------- Markdown structure
const isHeading = (l) => /^#{1,6}\s/.test(l);
const ENTRY = /^\s*(?:(\d+)\.\s|[-*+]\s+<sup>(\d+)<\/sup>|\[(\d+)\](?!\()|<sup>(\d+)<\/sup>)/;

function expandNumbers(s) {
  const out = [];
  for (const part of s.split(/\s*,\s*/)) {
    const m = part.match(/^(\d{1,3})\s*[-–]\s*(\d{1,3})$/);
    if (m) for (let n = +m[1]; n <= +m[2] && n - +m[1] < 50; n++) out.push(n);
    else if (/^\d{1,3}$/.test(part)) out.push(+part);
  }
  return out;
}

/** Footnotes, numeric citations and the reference list of a draft, with the structural defects found. */
function analyse(lines) {
  const fnDefs = new Map(), fnCites = new Map(), cites = new Map(), entries = [];
  const push = (map, k, v) => (map.get(k) || map.set(k, []).get(k)).push(v);
  let inRefs = false;
  lines.forEach((l, i) => {
    const ln = i + 1;
    if (isHeading(l)) inRefs = /references|bibliography/i.test(l);
    const def = l.match(/^\[\^([^\]\s]+)\]:/);
    if (def) push(fnDefs, def[1], ln);
    for (const m of l.matchAll(/\[\^([^\]\s]+)\]/g)) if (!(def && m.index === 0)) push(fnCites, m[1], ln);
    if (inRefs && !isHeading(l)) {
      const e = l.match(ENTRY);
      if (e) { entries.push({ n: +(e[1] || e[2] || e[3] || e[4]), line: ln }); return; }
    }
    if (inRefs) return;
    for (const m of l.matchAll(/<sup>([\d,\s–-]+)<\/sup>|\[([\d,\s–-]+)\](?!\()/g)) {
      if (m[2] && m.index === 0 && l[m[0].length] === ':') continue; // a link definition "[1]: url", not a citation
      for (const n of expandNumbers((m[1] || m[2]).trim())) push(cites, n, ln);
    }
  });
  const defects = [];
  for (const [label, lns] of fnCites) if (!fnDefs.has(label)) for (const ln of lns) defects.push({ kind: 'footnote-undefined', key: label, line: ln });
  for (const [label, lns] of fnDefs) {
    if (!fnCites.has(label)) defects.push({ kind: 'footnote-unused', key: label, line: lns[0] });
    for (const ln of lns.slice(1)) defects.push({ kind: 'footnote-duplicate', key: label, line: ln });
  }
  const numbers = new Set(entries.map((e) => e.n));
  for (const [n, lns] of cites) if (!numbers.has(n)) for (const ln of lns) defects.push({ kind: 'citation-undefined', key: n, line: ln });
  let max = 0;
  const seen = new Set();
  for (const e of entries) {
    if (!cites.has(e.n) && !seen.has(e.n)) defects.push({ kind: 'bibliography-uncited', key: e.n, line: e.line });
    if (e.n !== max + 1) defects.push({ kind: 'bibliography-numbering', key: e.n, line: e.line });
    seen.add(e.n);
    max = Math.max(max, e.n);
  }
  return defects;
}

// ---------------------------------------------------------------- sources of facts
const sourceCache = new Map();
const notes = new Set(); // sources whose quote check was skipped
function readSource(name, domain) {
  // Keyed by domain too: every made-up domain has its own factsheet.md.
  const key = `${domain ?? ''}\0${name}`;
  if (sourceCache.has(key)) return sourceCache.get(key);
  const domainsDir = path.join(EVAL_DIR, 'domains');
  const candidates = [];
  if (domain) candidates.push(path.join(domainsDir, domain, name));
  if (fs.existsSync(domainsDir)) for (const d of fs.readdirSync(domainsDir)) candidates.push(path.join(domainsDir, d, name));
  candidates.push(path.resolve(EVAL_DIR, name), path.resolve(ROOT, name), ...SHARED_DIRS.map((d) => path.join(d, name)));
  const found = candidates.find((p) => fs.existsSync(p) && fs.statSync(p).isFile());
  let r;
  if (found) r = { text: fs.readFileSync(found, 'utf8') };
  else if (!SHARED_DIRS.some((d) => fs.existsSync(d))) r = { skip: name };
  else r = { missing: true };
  sourceCache.set(key, r);
  return r;
}

// ---------------------------------------------------------------- one registry
function typeOk(v, t) {
  if (t === NUM) return typeof v === 'number' && Number.isFinite(v);
  if (t === INT) return Number.isInteger(v);
  if (t === STR) return typeof v === 'string' && v.length > 0;
  if (t === ARR) return Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number' && Number.isFinite(x));
  if (t === SPAN) return Array.isArray(v) && v.length === 2 && v.every(Number.isInteger) && v[0] <= v[1];
  if (t === FACT) return v && typeof v === 'object' && typeof v.source === 'string' && (typeof v.quote === 'string' || (Array.isArray(v.quote) && v.quote.length > 0));
  return false;
}

/** Checks one registry against its draft text; getSource(name) → {text}|{skip}|{missing}. Returns problems [{line, msg, file}]. */
export function checkRegistry({ regFile, reg, draftFile, draftText, getSource }) {
  const problems = [];
  const at = (file, line, msg) => problems.push({ file, line, msg });
  for (const f of ['draft', 'author', 'style', 'domain']) if (typeof reg[f] !== 'string' || !reg[f]) at(regFile, 1, `registry field "${f}" is missing`);
  if (typeof reg.clean !== 'boolean') at(regFile, 1, `registry field "clean" must be true or false`);
  if (!Array.isArray(reg.claims)) { at(regFile, 1, 'registry has no "claims" array'); return problems; }
  if (reg.author && reg.draft && !new RegExp(`^${reg.author}-[a-z0-9]+(-[a-z0-9]+)*\\.md$`).test(reg.draft)) at(regFile, 1, `draft name "${reg.draft}" is not kebab-case starting with "${reg.author}-"`);
  if (draftText === null) { at(regFile, 1, `draft file ${draftFile} does not exist beside the registry`); return problems; }
  const lines = draftText.split(/\r?\n/);
  const ids = new Set(), plantedLines = new Map(), registered = new Set();
  for (const [i, c] of reg.claims.entries()) {
    const id = c && c.id ? c.id : `#${i}`;
    const line = Number.isInteger(c?.line) ? c.line : 1;
    const bad = (msg) => at(draftFile, line, `[${id}] ${msg}`);
    if (!c || typeof c !== 'object') { at(regFile, 1, `claim ${i} is not an object`); continue; }
    if (typeof c.id !== 'string' || !c.id) bad('claim has no id');
    else if (ids.has(c.id)) bad('duplicate id');
    ids.add(c.id);
    const spec = KINDS[c.kind];
    if (!spec) { bad(`unknown kind "${c.kind}"`); continue; }
    const missing = [];
    for (const f of ['line', 'text', 'family', 'note']) if (!typeOk(c[f], f === 'line' ? INT : STR)) missing.push(f);
    if (typeof c.planted !== 'boolean') missing.push('planted');
    for (const [f, t] of Object.entries(spec.fields)) if (!typeOk(c[f], t)) missing.push(f);
    if (spec.fields.fact === FACT && typeOk(c.fact, FACT)) {
      if (c.kind === 'rank-years' ? !(Number.isInteger(c.fact.from) && Number.isInteger(c.fact.to)) : !typeOk(c.fact.value, NUM)) missing.push(c.kind === 'rank-years' ? 'fact.from/fact.to' : 'fact.value');
    }
    if (c.span !== undefined && !typeOk(c.span, SPAN)) missing.push('span (as [first, last])');
    if (missing.length) { bad(`missing or mistyped field(s) for ${c.kind}: ${missing.join(', ')}`); continue; }
    if (c.line < 1 || c.line > lines.length) { bad(`line ${c.line} is outside the draft (${lines.length} lines)`); continue; }
    if (!lines[c.line - 1].includes(c.text)) bad(`text "${c.text}" does not occur on line ${c.line}`);
    if (c.span && (c.span[0] > c.line || c.span[1] < c.line || c.span[1] > lines.length)) bad(`span [${c.span}] does not hold line ${c.line} within the draft`);
    if (c.planted) {
      if (reg.clean) bad('a clean draft holds a planted claim');
      if (plantedLines.has(c.line)) bad(`second planted error on line ${c.line} (first: ${plantedLines.get(c.line)})`);
      else plantedLines.set(c.line, id);
    }
    if (c.kind === 'formula') {
      const scope = c.span ? lines.slice(c.span[0] - 1, c.span[1]).join('\n') : lines[c.line - 1];
      if (!scope.includes(c.formulaText)) bad(`formulaText "${c.formulaText}" does not occur in the draft at line ${c.line}`);
    } else if (!spec.structural) {
      const msg = verdict(c);
      if (msg) bad(msg);
    }
    if (c.fact) {
      const src = getSource(c.fact.source, reg.domain);
      if (src.skip) notes.add(src.skip);
      else if (src.missing) bad(`fact source "${c.fact.source}" not found`);
      else for (const q of [].concat(c.fact.quote)) if (!src.text.includes(q)) bad(`quote not found verbatim in ${c.fact.source}: "${q}"`);
    }
    if (spec.structural) registered.add(`${c.kind}|${c.kind.startsWith('footnote') ? c.label : c.number}|${c.line}|${c.planted}`);
  }
  // Structural claims must match what the Markdown holds, and every structural defect must be registered.
  const defects = analyse(lines);
  const found = new Set(defects.map((d) => `${d.kind}|${d.key}|${d.line}`));
  for (const c of reg.claims) {
    if (!c || !KINDS[c.kind]?.structural) continue;
    const key = `${c.kind}|${c.kind.startsWith('footnote') ? c.label : c.number}|${c.line}`;
    if (c.planted && !found.has(key)) at(draftFile, c.line, `[${c.id}] no ${c.kind} for ${c.label ?? c.number} on line ${c.line}`);
    if (!c.planted && found.has(key)) at(draftFile, c.line, `[${c.id}] registered as correct, but line ${c.line} has a ${c.kind} defect`);
  }
  for (const d of defects) if (!registered.has(`${d.kind}|${d.key}|${d.line}|true`)) at(draftFile, d.line, `unregistered ${d.kind} (${d.key})`);
  return problems;
}

// ---------------------------------------------------------------- files and summary
function collect(args) {
  const out = [];
  const walk = (p) => {
    if (!fs.existsSync(p)) { out.push({ missing: p }); return; }
    if (fs.statSync(p).isDirectory()) for (const e of fs.readdirSync(p).sort()) walk(path.join(p, e));
    else if (p.endsWith('.claims.json') || args.includes(p)) out.push(p.replace(/\.md$/, '.claims.json')); // a draft stands for its registry
  };
  (args.length ? args : [path.join(EVAL_DIR, 'corpus')]).forEach(walk);
  return out;
}

function run(args) {
  const files = collect(args);
  const problems = [];
  const stats = { drafts: 0, clean: 0, planted: 0, correct: 0, kinds: {} };
  for (const f of files) {
    if (f.missing) { problems.push({ file: f.missing, line: 1, msg: 'no such file or folder' }); continue; }
    const rel = (p) => path.relative(process.cwd(), p) || p;
    let reg;
    try { reg = JSON.parse(fs.readFileSync(f, 'utf8')); } catch (e) { problems.push({ file: rel(f), line: 1, msg: `invalid JSON: ${e.message}` }); continue; }
    const draftPath = path.join(path.dirname(f), String(reg.draft || ''));
    const expected = String(reg.draft || '').replace(/\.md$/, '.claims.json');
    if (path.basename(f) !== expected) problems.push({ file: rel(f), line: 1, msg: `registry should be named ${expected}` });
    const draftText = reg.draft && fs.existsSync(draftPath) ? fs.readFileSync(draftPath, 'utf8') : null;
    problems.push(...checkRegistry({ regFile: rel(f), reg, draftFile: rel(draftPath), draftText, getSource: readSource }));
    stats.drafts++;
    if (reg.clean) stats.clean++;
    for (const c of reg.claims || []) {
      if (!c || !c.kind) continue;
      c.planted ? stats.planted++ : stats.correct++;
      const k = (stats.kinds[c.kind] ||= { planted: 0, correct: 0 });
      c.planted ? k.planted++ : k.correct++;
    }
  }
  for (const p of problems) console.log(`${p.file}:${p.line}: ${p.msg}`);
  if (notes.size) console.log(`note: quote checks skipped for ${[...notes].join(', ')} (no ../shared beside the repository)`);
  console.log(`\n${stats.drafts} draft(s) (${stats.clean} clean), ${stats.planted} planted, ${stats.correct} correct claim(s)`);
  for (const [k, v] of Object.entries(stats.kinds).sort()) console.log(`  ${k.padEnd(24)} planted ${String(v.planted).padStart(3)}  correct ${String(v.correct).padStart(3)}`);
  console.log(problems.length ? `${problems.length} problem(s)` : 'no problems');
  return problems.length ? 1 : 0;
}

// ---------------------------------------------------------------- self-test
function selfTest() {
  const draft = [
    '# Sweden links', // 1
    'UTokyo rose from 287 to 638 papers (+122%), a CAGR of 9.3%, more than doubling.', // 2
    'Its share fell 6.4 points, from 70.7% to 64.3%, and output fell by 20% to 80.', // 3
    'Tokyo–Yokohama ranked 1st from 2017 to 2024 [1] and 2nd in 2025.[^a]', // 4
    '| A | 60% |', // 5
    '| B | 41% |', // 6
    'Together 473 papers; 2 of 3 is 66.7%; CAGR = (end/start)^(1/n) − 1 [3].[^b]', // 7
    '[^a]: WIPO.', // 8
    '## References', // 9
    '1. WIPO GII 2025.', // 10
    '3. STINT outlook.', // 11
  ].join('\n');
  const fact = (extra) => ({ source: 'src.txt', quote: 'from 287 publications in 2015 to 638', ...extra });
  const base = { family: 'f', note: 'n' };
  const good = [
    { id: 'g1', line: 2, text: '+122%', kind: 'percent-change', start: 287, end: 638, stated: 122, precision: 0 },
    { id: 'g2', line: 2, text: '9.3%', kind: 'cagr', start: 287, end: 638, years: 9, stated: 9.3, precision: 1 },
    { id: 'g3', line: 2, text: 'more than doubling', kind: 'multiple', start: 287, end: 638, stated: 2, precision: 0, qualifier: 'more than' },
    { id: 'g4', line: 3, text: '6.4 points', kind: 'points-change', start: 70.7, end: 64.3, stated: 6.4, precision: 1, direction: 'down' },
    { id: 'g5', line: 3, text: '20%', kind: 'percent-change', start: 100, end: 80, stated: 20, precision: 0, direction: 'down' },
    { id: 'g6', line: 4, text: '1st', kind: 'rank', stated: 1, fact: fact({ value: 1 }) },
    { id: 'g7', line: 4, text: 'from 2017 to 2024', kind: 'rank-years', statedFrom: 2017, statedTo: 2024, fact: fact({ from: 2017, to: 2024, quote: ['287', '638'] }) },
    { id: 'g8', line: 5, text: '60%', kind: 'breakdown-sum', values: [60, 41], precision: 0, span: [5, 6] },
    { id: 'g9', line: 7, text: '473', kind: 'total', parts: [287, 165, 21], stated: 473, precision: 0 },
    { id: 'g10', line: 7, text: '66.7%', kind: 'granularity', n: 3, stated: 66.7, precision: 1 },
    { id: 'g11', line: 7, text: '66.7%', kind: 'share', part: 2, total: 3, stated: 66.7, precision: 1 },
    { id: 'g12', line: 2, text: '638', kind: 'dataset-value', stated: 638, precision: 0, fact: fact({ value: 638 }) },
    { id: 'g13', line: 3, text: 'fell', kind: 'multiple', start: 21, end: 63, stated: 4, precision: 0, planted: true },
    { id: 'p1', line: 7, text: '(end/start)^(1/n) − 1', kind: 'formula', formulaText: '(end/start)^(1/n) − 1', correctFormula: '(end/start)^(1/n) − 1', planted: false },
    { id: 'p2', line: 7, text: '[^b]', kind: 'footnote-undefined', label: 'b', planted: true },
    { id: 'p3', line: 7, text: '[3]', kind: 'citation-undefined', number: 3, planted: false },
    { id: 'p4', line: 11, text: '3.', kind: 'bibliography-numbering', number: 3, planted: true },
  ].map((c) => ({ planted: false, ...base, ...c }));
  const reg = (claims, clean = false) => ({ draft: 'a-test.md', author: 'a', style: 'briefing note', domain: 'seeds', clean, claims });
  const getSource = (n) => (n === 'src.txt' ? { text: 'UTokyo expanded from 287 publications in 2015 to 638 in 2024' } : { missing: true });
  const go = (r, text = draft) => checkRegistry({ regFile: 'r.json', reg: r, draftFile: 'a-test.md', draftText: text, getSource });
  const failures = [];
  const okProblems = go(reg(good));
  if (okProblems.length) failures.push(`right registry reported: ${okProblems.map((p) => `${p.line}: ${p.msg}`).join(' | ')}`);
  const mk = (id, c) => ({ id, planted: false, ...base, ...c });
  // Each mistake with the message it must produce (planted ones on distinct lines except w-2nd).
  const wrong = [
    [mk('w-text', { line: 2, text: '+123%', kind: 'percent-change', start: 287, end: 638, stated: 122, precision: 0 }), 'does not occur'],
    [mk('w-field', { line: 2, text: '9.3%', kind: 'cagr', start: 287, end: 638, stated: 9.3, precision: 1 }), 'years'],
    [mk('w-round', { line: 2, text: '9.3%', kind: 'cagr', start: 287, end: 638, years: 10, stated: 9.3, precision: 1 }), 'does not round'],
    [mk('w-close', { line: 2, text: '+122%', kind: 'percent-change', start: 287, end: 638, stated: 124, precision: 0, planted: true }), 'not clearly wrong'],
    [mk('w-2nd', { line: 2, text: '9.3%', kind: 'cagr', start: 287, end: 638, years: 9, stated: 19.3, precision: 1, planted: true }), 'second planted'],
    [mk('w-dir', { line: 3, text: '20%', kind: 'percent-change', start: 80, end: 100, stated: 20, precision: 0, direction: 'down' }), 'direction "down"'],
    [mk('w-mult', { line: 2, text: 'more than doubling', kind: 'multiple', start: 287, end: 538, stated: 2, precision: 0, qualifier: 'more than' }), 'is wrong'],
    [mk('w-mult2', { line: 1, text: 'Sweden', kind: 'multiple', start: 21, end: 63, stated: 3, precision: 0, planted: true }), 'not clearly wrong'],
    [mk('w-share', { line: 7, text: '66.7%', kind: 'share', part: 2, total: 3, stated: 61.7, precision: 1 }), 'does not round'],
    [mk('w-total', { line: 6, text: '41%', kind: 'total', parts: [287, 165, 21], stated: 475, precision: 0, planted: true }), 'not clearly wrong'],
    [mk('w-break', { line: 5, text: '60%', kind: 'breakdown-sum', values: [60, 41], precision: 0, span: [5, 6], planted: true }), 'sum to 101'],
    [mk('w-gran', { line: 8, text: 'WIPO', kind: 'granularity', n: 3, stated: 66.7, precision: 1, planted: true }), 'possible share'],
    [mk('w-rank', { line: 4, text: '2nd', kind: 'rank', stated: 2, fact: fact({ value: 1 }) }), 'true rank 1'],
    [mk('w-years', { line: 9, text: 'References', kind: 'rank-years', statedFrom: 2017, statedTo: 2024, fact: fact({ from: 2017, to: 2024 }), planted: true }), 'true span'],
    [mk('w-quote', { line: 2, text: '638', kind: 'dataset-value', stated: 638, precision: 0, fact: fact({ value: 638, quote: 'to 683 in 2024' }) }), 'quote not found'],
    [mk('w-formula', { line: 7, text: 'CAGR', kind: 'formula', formulaText: '(end/start)^n', correctFormula: 'x' }), 'formulaText'],
    [mk('w-fn', { line: 4, text: '[^a]', kind: 'footnote-undefined', label: 'a', planted: true }), 'no footnote-undefined'],
    [mk('w-cite', { line: 4, text: '[1]', kind: 'citation-undefined', number: 1, planted: true }), 'no citation-undefined'],
    [mk('w-fnok', { line: 7, text: '[^b]', kind: 'footnote-undefined', label: 'b' }), 'registered as correct'],
    [mk('w-uncited', { line: 10, text: '1.', kind: 'bibliography-uncited', number: 1, planted: true }), 'no bibliography-uncited'],
    [mk('w-kind', { line: 2, text: '638', kind: 'bogus' }), 'unknown kind'],
    [mk('g1', { line: 2, text: '+122%', kind: 'percent-change', start: 287, end: 638, stated: 122, precision: 0 }), 'duplicate id'],
  ];
  const bad = go(reg([...good, ...wrong.map(([c]) => c)]));
  for (const [c, expect] of wrong) if (!bad.some((p) => p.msg.includes(`[${c.id}]`) && p.msg.includes(expect))) failures.push(`mistake ${c.id} not caught (expected "${expect}")`);
  if (!go(reg(good, true)).some((p) => p.msg.includes('clean draft holds a planted'))) failures.push('planted claim in a clean draft not caught');
  if (!go(reg(good), null).some((p) => p.msg.includes('does not exist'))) failures.push('missing draft not caught');
  const unregistered = go(reg(good.filter((c) => c.id !== 'p2')));
  if (!unregistered.some((p) => p.msg.includes('unregistered footnote-undefined'))) failures.push('unregistered structural defect not caught');
  if (!(roundsTo(2.5, 0, 2) && roundsTo(2.5, 0, 3) && roundsTo(0.125, 2, 0.13) && !roundsTo(2.4, 0, 3))) failures.push('rounding helpers');
  for (const f of failures) console.log(`self-test FAIL: ${f}`);
  console.log(failures.length ? `self-test: ${failures.length} failure(s)` : `self-test: ok (${wrong.length + 3} mistakes caught, right registry clean)`);
  return failures.length ? 1 : 0;
}

const argv = process.argv.slice(2);
process.exitCode = argv.includes('--self-test') ? selfTest() : run(argv);
