// Scores factlint on the blind-written corpus: recall, precision, findings on clean drafts, wrong certain fixes, claim coverage.
// Usage: node eval/run-eval.mjs [--json] [--details] [--evidence] [--check] [--split dev|test] [--authors g,h]
//   --authors   score only the drafts of these authors (the letter before the first '-' of a draft's name)
//   --details   one line per missed error and per false finding (dev split only: the test split is scored, never read)
//   --unread    one line per correct dev claim that nothing read (no finding, no verified reading on its lines): the
//               wider pool of phrasings the readers do not know yet, beside the planted errors they miss
//   --templates per rule and message template (figures and names blanked), how many findings were right and how many
//               false: an aggregate, so it may be printed for the test split too
//   --evidence  per rule, what right and false findings offer: a certain fix, a suggestion because a slot of the reading
//               was lent from outside the claim's sentence or row, another suggestion, or nothing (counts only)
//   --routes    per lent slot and route ("the year is read from a heading"), how many right and false findings rest on
//               it: an aggregate, so it may be printed for the test split too
//   --check     exit 1 when the dev split falls below eval/baseline.json
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixIsTrue } from './truth.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const EVAL = join(ROOT, 'eval');
const { createEngine, loadDataset, LineIndex } = await import(join(ROOT, 'server/dist/engine/index.js'));
const { readDatasetInputs } = await import(join(ROOT, 'server/dist/node/dataset-files.js'));

/** The rule that should report a planted error of each registry kind. */
const RULE_OF_KIND = { 'points-change': 'percent-change', multiple: 'percent-change' };
const ruleOf = (kind) => RULE_OF_KIND[kind] ?? kind;
/**
 * The rules whose finding counts for a planted claim: its own, and for a table column of shares that does not add up
 * to 100 (a breakdown-sum error registered over the table's rows) also a share finding on one of those rows, which
 * names the row that is wrong (the share rule checks each row against the Total and leaves the column sum to it).
 *
 * A granularity error whose part the text states ("two of its seven galleries (22%)") is a share that does not follow
 * from its part and whole: the share rule's finding (2 of 7 is 28.6%) names the same wrong figure and counts too.
 */
const rulesFinding = (claim) => new Set(claim.kind === 'breakdown-sum' && claim.span ? ['breakdown-sum', 'share'] : claim.kind === 'granularity' ? ['granularity', 'share'] : [ruleOf(claim.kind)]);

const args = new Set(process.argv.slice(2));
const splitArg = process.argv.includes('--split') ? process.argv[process.argv.indexOf('--split') + 1] : undefined;
const splits = splitArg ? [splitArg] : ['dev', 'test'];
const authorsArg = process.argv.includes('--authors') ? new Set(process.argv[process.argv.indexOf('--authors') + 1].split(',')) : undefined;

async function engineFor(domain) {
  const path = domain === 'seeds' ? join(ROOT, 'samples/dataset') : join(EVAL, 'domains', domain, 'dataset');
  const { dataset, problems } = loadDataset(await readDatasetInputs([path]));
  if (problems.length) throw new Error(`dataset of ${domain} has problems:\n${problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`).join('\n')}`);
  return createEngine({ dataset });
}

function draftsOf(split) {
  const dir = join(EVAL, 'corpus', split);
  if (!existsSync(dir)) return [];
  const drafts = [];
  for (const domain of readdirSync(dir).sort()) {
    for (const name of readdirSync(join(dir, domain)).sort()) {
      if (!name.endsWith('.claims.json')) continue;
      if (authorsArg && !authorsArg.has(name.split('-')[0])) continue;
      const registry = JSON.parse(readFileSync(join(dir, domain, name), 'utf8'));
      const mdPath = join(dir, domain, name.replace(/\.claims\.json$/, '.md'));
      drafts.push({ split, domain, path: mdPath, registry, text: readFileSync(mdPath, 'utf8') });
    }
  }
  return drafts;
}

/**
 * The lines where a finding of a claim may stand: its line, or its span; a span that starts in a table's body
 * also takes the table's header line (where a finding about the whole column belongs).
 */
function linesOf(claim, textLines) {
  if (!claim.span) return [claim.line, claim.line];
  const [first, last] = claim.span;
  const separator = textLines[first - 2] ?? '';
  return /^\s*\|?\s*:?-{3,}/.test(separator) ? [first - 2, last] : [first, last];
}

/** Matches findings to planted claims by rule and line; everything unmatched is a false finding. */
function scoreDraft(draft, result) {
  const lines = new LineIndex(draft.text);
  const textLines = draft.text.split('\n');
  const findings = result.diagnostics.map((d) => ({ ...d, line: lines.locate(d.range.start).line }));
  const planted = draft.registry.claims.filter((c) => c.planted);
  const matched = new Set();
  const found = new Set();
  const foundWrongFixes = [];
  const foundRightFixes = new Set();
  for (const claim of planted) {
    const [from, to] = linesOf(claim, textLines);
    for (const f of findings) {
      if (!rulesFinding(claim).has(f.ruleId) || f.line < from || f.line > to) continue;
      if (claim.line !== f.line && !claim.span) continue;
      matched.add(f);
      found.add(claim);
      // A found error whose certain fix writes another value than the truth: right line, wrong reading.
      const verdict = f.fix && !claim.span ? fixIsTrue(claim, f.fix.edits.map((e) => e.newText).join(' ')) : undefined;
      if (verdict === false) foundWrongFixes.push({ claim, finding: f });
      if (verdict === true) foundRightFixes.add(claim);
    }
  }
  const falseFindings = findings.filter((f) => !matched.has(f));
  const read = new Set();
  const unread = [];
  const verifiedLines = new Set((result.state.verified ?? []).map((v) => v.range).map((s) => lines.locate(s.start).line));
  for (const claim of draft.registry.claims) {
    const [from, to] = linesOf(claim, textLines);
    if (findings.some((f) => f.line >= from && f.line <= to) || [...verifiedLines].some((l) => l >= from && l <= to)) read.add(claim);
    else if (!claim.planted) unread.push(claim);
  }
  return {
    planted,
    found: [...found],
    matched: [...matched],
    missed: planted.filter((c) => !found.has(c)),
    falseFindings,
    wrongFixes: falseFindings.filter((f) => f.fix),
    foundWrongFixes,
    foundRightFixes: foundRightFixes.size,
    unread,
    claims: draft.registry.claims.length,
    read: read.size,
  };
}

function emptyTally() {
  return { drafts: 0, clean: 0, planted: 0, found: 0, falseFindings: 0, cleanFindings: 0, wrongFixes: 0, foundWrongFixes: 0, foundRightFixes: 0, claims: 0, read: 0 };
}

function add(t, s, clean) {
  t.drafts++;
  if (clean) t.clean++;
  t.planted += s.planted.length;
  t.found += s.found.length;
  t.falseFindings += s.falseFindings.length;
  if (clean) t.cleanFindings += s.falseFindings.length;
  t.wrongFixes += s.wrongFixes.length;
  t.foundWrongFixes += s.foundWrongFixes.length;
  t.foundRightFixes += s.foundRightFixes;
  t.claims += s.claims;
  t.read += s.read;
}

/** A message with its figures, quoted text and capitalised names blanked: what kind of reading made it. */
function templateOf(message) {
  return message
    .replace(/[“"][^”"]*[”"]/g, '"…"')
    .replace(/\([^()]*[\p{Lu}\d][^()]*\)/gu, '(…)')
    .replace(/\p{Lu}[\p{L}\p{M}'’.-]*(?:[ –-]\p{Lu}[\p{L}\p{M}'’.-]*)*/gu, 'X')
    .replace(/[-+−]?\d[\d,.]*(?:\s?(?:%|per cent|points?|pp))?/g, '#')
    .replace(/\s+/g, ' ')
    .slice(0, 140);
}

const ratio = (a, b) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
const summarise = (t) => ({ ...t, recall: ratio(t.found, t.planted), precision: ratio(t.found, t.found + t.falseFindings), coverage: ratio(t.read, t.claims) });

const engines = new Map();
const report = {};
const details = [];
for (const split of splits) {
  const total = emptyTally();
  const perRule = {};
  const perDomain = {};
  const evidence = {};
  const templates = {};
  const routes = {};
  for (const draft of draftsOf(split)) {
    if (!engines.has(draft.domain)) engines.set(draft.domain, await engineFor(draft.domain));
    const result = engines.get(draft.domain).check(draft.text);
    const s = scoreDraft(draft, result);
    const clean = draft.registry.clean === true;
    add(total, s, clean);
    add((perDomain[draft.domain] ??= emptyTally()), s, clean);
    const ruleTally = (id) => (perRule[id] ??= { planted: 0, found: 0, falseFindings: 0, wrongFixes: 0 });
    for (const c of s.planted) ruleTally(ruleOf(c.kind)).planted++;
    for (const c of s.found) ruleTally(ruleOf(c.kind)).found++;
    for (const f of s.falseFindings) ruleTally(f.ruleId).falseFindings++;
    for (const f of s.wrongFixes) ruleTally(f.ruleId).wrongFixes++;
    // What the findings offer, right (found) and false: a certain fix, a suggestion only, or nothing.
    for (const [kind, list] of [['found', s.matched], ['false', s.falseFindings]]) {
      for (const f of list) {
        const offer = f.fix ? 'fix' : f.suggestions?.[0]?.title.includes('if the reading is right') ? 'lent' : f.suggestions?.length ? 'suggestion' : 'none';
        const tally = (evidence[f.ruleId] ??= { found: { fix: 0, lent: 0, suggestion: 0, none: 0 }, false: { fix: 0, lent: 0, suggestion: 0, none: 0 } });
        tally[kind][offer]++;
        const lentWords = /\(if the reading is right: (.*)\)$/.exec(f.suggestions?.[0]?.title ?? '')?.[1];
        for (const route of lentWords ? lentWords.split(', ') : []) (routes[route] ??= { found: 0, false: 0 })[kind]++;
      }
    }
    for (const [kind, list] of [['found', s.matched], ['false', s.falseFindings]]) {
      for (const f of list) {
        const related = (f.related ?? []).map((r) => templateOf(r.message)).join('; ');
        const tally = (templates[`${f.ruleId}: ${templateOf(f.message)}${related ? ` [${related}]` : ''}`] ??= { found: 0, false: 0, clean: 0 });
        tally[kind]++;
        if (clean) tally.clean++;
      }
    }
    if (split === 'dev') {
      const name = relative(ROOT, draft.path);
      for (const c of s.missed) details.push(`${name}:${c.line}: missed ${c.kind} (${c.family ?? '?'}): ${c.text} — ${c.note ?? ''}`);
      if (args.has('--unread')) for (const c of s.unread) details.push(`${name}:${c.line}: unread ${c.kind} (${c.family ?? '?'}): ${c.text}`);
      for (const { claim, finding } of s.foundWrongFixes) details.push(`${name}:${claim.line}: found ${finding.ruleId} WITH A WRONG FIX: ${finding.fix.edits.map((e) => e.newText).join(' ')} — ${claim.note ?? ''}`);
      for (const f of s.falseFindings) details.push(`${name}:${f.line}: false ${f.ruleId}${f.fix ? ' WITH FIX' : ''}: ${f.message}`);
    }
  }
  report[split] = {
    ...summarise(total),
    perDomain: Object.fromEntries(Object.entries(perDomain).map(([d, t]) => [d, summarise(t)])),
    perRule: Object.fromEntries(Object.entries(perRule).sort().map(([r, t]) => [r, { ...t, recall: ratio(t.found, t.planted), precision: ratio(t.found, t.found + t.falseFindings) }])),
    evidence: Object.fromEntries(Object.entries(evidence).sort()),
    templates: Object.fromEntries(Object.entries(templates).sort()),
    routes: Object.fromEntries(Object.entries(routes).sort(([, a], [, b]) => b.found + b.false - a.found - a.false)),
  };
}

if (args.has('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  for (const [split, r] of Object.entries(report)) {
    console.log(`\n${split}: ${r.drafts} drafts (${r.clean} clean), ${r.planted} planted errors, ${r.claims} registered claims`);
    console.log(`  recall ${r.recall}  precision ${r.precision}  findings on clean drafts ${r.cleanFindings}  false findings ${r.falseFindings} (with a certain fix: ${r.wrongFixes})  found errors with a wrong certain fix ${r.foundWrongFixes} (with a right one: ${r.foundRightFixes})  claims read ${r.read}/${r.claims} (${r.coverage})`);
    for (const [d, t] of Object.entries(r.perDomain)) console.log(`  ${d.padEnd(28)} recall ${t.recall}  precision ${t.precision}  clean findings ${t.cleanFindings}  wrong fixes ${t.wrongFixes}`);
    console.log('  per rule (planted / found / false / false with a certain fix):');
    for (const [rule, t] of Object.entries(r.perRule)) console.log(`    ${rule.padEnd(24)} ${String(t.planted).padStart(3)} / ${String(t.found).padStart(3)} / ${String(t.falseFindings).padStart(3)} / ${String(t.wrongFixes).padStart(2)}   recall ${t.recall ?? '—'}  precision ${t.precision ?? '—'}`);
    if (args.has('--evidence')) {
      console.log('  what the findings offer, per rule (on a planted error: certain fix / suggestion because a slot was lent / other suggestion / nothing; false findings: the same):');
      const three = (o) => [o.fix, o.lent, o.suggestion, o.none].map((n) => String(n).padStart(3)).join(' /');
      for (const [rule, e] of Object.entries(r.evidence)) console.log(`    ${rule.padEnd(24)} found ${three(e.found)}   false ${three(e.false)}`);
    }
  }
  if (args.has('--templates')) {
    for (const [split, r] of Object.entries(report)) {
      console.log(`\n${split}: findings per message template (right / false / of them on clean drafts)`);
      for (const [t, n] of Object.entries(r.templates)) console.log(`  ${String(n.found).padStart(3)} / ${String(n.false).padStart(3)} / ${String(n.clean).padStart(2)}  ${t}`);
    }
  }
  if (args.has('--routes')) {
    for (const [split, r] of Object.entries(report)) {
      console.log(`\n${split}: findings whose fix is a suggestion because a slot was lent, per slot and route (right / false)`);
      for (const [route, n] of Object.entries(r.routes)) console.log(`  ${String(n.found).padStart(3)} / ${String(n.false).padStart(3)}  ${route}`);
    }
  }
  if (args.has('--details') || args.has('--unread')) console.log(`\ndev split, case by case:\n${details.join('\n')}`);
}

if (args.has('--check')) {
  const baseline = JSON.parse(readFileSync(join(EVAL, 'baseline.json'), 'utf8')).dev;
  const dev = report.dev;
  const problems = [];
  if (dev.recall < baseline.recall) problems.push(`recall ${dev.recall} < recorded ${baseline.recall}`);
  if (dev.precision < baseline.precision) problems.push(`precision ${dev.precision} < recorded ${baseline.precision}`);
  if (dev.cleanFindings > baseline.cleanFindings) problems.push(`findings on clean drafts ${dev.cleanFindings} > recorded ${baseline.cleanFindings}`);
  if (dev.wrongFixes > baseline.wrongFixes) problems.push(`wrong certain fixes ${dev.wrongFixes} > recorded ${baseline.wrongFixes}`);
  if (dev.foundWrongFixes > (baseline.foundWrongFixes ?? Infinity)) problems.push(`found errors with a wrong certain fix ${dev.foundWrongFixes} > recorded ${baseline.foundWrongFixes}`);
  if (problems.length) {
    console.error(`eval: the dev split regressed: ${problems.join('; ')}`);
    process.exit(1);
  }
}
