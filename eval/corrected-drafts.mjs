// corrected-drafts.mjs: a precision probe. Each dev draft is checked again with its planted numeric errors replaced by
// the truth its registry proves (the number in the claim's text, rewritten in the author's style), so the draft should
// draw no finding from the numeric rules: every finding left is a false finding or an error nobody registered. It shows
// findings that a planted error's line hid from run-eval (which counts any finding of the right rule on that line).
// Usage: npm run build && node eval/corrected-drafts.mjs [--authors i,j]   (dev split only: the test split is never read)
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { truthOf } from './truth.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { createEngine, loadDataset, LineIndex } = await import(join(ROOT, 'server/dist/engine/index.js'));
const { readDatasetInputs } = await import(join(ROOT, 'server/dist/node/dataset-files.js'));
const authorsArg = process.argv.includes('--authors') ? new Set(process.argv[process.argv.indexOf('--authors') + 1].split(',')) : undefined;

/** The rules whose findings a corrected draft should not draw (structural rules are left out: their errors stay). */
const NUMERIC_RULES = new Set(['percent-change', 'cagr', 'share', 'total', 'dataset-value', 'breakdown-sum', 'granularity', 'rank', 'rank-years']);

const NUMBER = /[+\-−]?\d[\d,. \u00a0\u202f]*\d|[+\-−]?\d/;

/** The claim's text with its number replaced by `value`, in the number's own style (sign, grouping, decimal mark). */
function rewrite(text, value, precision) {
  const m = NUMBER.exec(text);
  if (!m) return undefined;
  const original = m[0].trim();
  const signed = /^[+\-−]/.test(original);
  const body = original.replace(/^[+\-−]/, '');
  const decimalComma = precision > 0 && /,\d+$/.test(body) && !body.includes('.');
  const group = /\d,\d{3}(?!\d)/.test(body) && !decimalComma ? ',' : /\d[ \u00a0\u202f]\d{3}/.test(body) ? body.match(/\d([ \u00a0\u202f])\d{3}/)[1] : decimalComma && /\d\.\d{3}/.test(body) ? '.' : '';
  // A precision below zero ("some 1,240", to the nearest ten) rounds the whole part.
  const rounded = precision < 0 ? Math.round(Math.abs(value) / 10 ** -precision) * 10 ** -precision : Math.abs(value);
  let [whole, fraction] = rounded.toFixed(Math.max(0, precision)).split('.');
  if (group) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  let out = fraction !== undefined ? `${whole}${decimalComma ? ',' : '.'}${fraction}` : whole;
  if (signed || value < 0) out = `${value < 0 ? (original.startsWith('−') ? '−' : '-') : '+'}${out}`;
  return text.slice(0, m.index) + out + text.slice(m.index + m[0].trimEnd().length);
}

const engines = new Map();
async function engineFor(domain) {
  if (!engines.has(domain)) {
    const path = domain === 'seeds' ? join(ROOT, 'samples/dataset') : join(ROOT, 'eval/domains', domain, 'dataset');
    engines.set(domain, createEngine({ dataset: loadDataset(await readDatasetInputs([path])).dataset }));
  }
  return engines.get(domain);
}

let drafts = 0;
let corrected = 0;
let skipped = 0;
const falseFindings = [];
const dir = join(ROOT, 'eval/corpus/dev');
for (const domain of readdirSync(dir).sort()) {
  for (const name of readdirSync(join(dir, domain)).sort().filter((n) => n.endsWith('.claims.json'))) {
    if (authorsArg && !authorsArg.has(name.split('-')[0])) continue;
    const registry = JSON.parse(readFileSync(join(dir, domain, name), 'utf8'));
    const mdPath = join(dir, domain, name.replace(/\.claims\.json$/, '.md'));
    const lines = readFileSync(mdPath, 'utf8').split('\n');
    const untouched = new Set();
    for (const claim of registry.claims.filter((c) => c.planted)) {
      const value = claim.kind === 'rank' ? undefined : truthOf(claim);
      const line = lines[claim.line - 1] ?? '';
      const replaced = value === undefined || !Number.isFinite(value) ? undefined : rewrite(claim.text, value, claim.precision ?? 0);
      if (replaced === undefined || !line.includes(claim.text)) {
        skipped++;
        const [from, to] = claim.span ?? [claim.line, claim.line];
        // A span in a table body also reaches the table's header, where a finding about the whole column stands.
        for (let l = Math.max(1, from - 2); l <= to; l++) untouched.add(l);
        continue;
      }
      lines[claim.line - 1] = line.replace(claim.text, replaced);
      corrected++;
    }
    drafts++;
    const text = lines.join('\n');
    const index = new LineIndex(text);
    const result = (await engineFor(domain)).check(text);
    for (const d of result.diagnostics) {
      if (!NUMERIC_RULES.has(d.ruleId)) continue;
      const line = index.locate(d.range.start).line;
      if (untouched.has(line)) continue;
      falseFindings.push(`${relative(ROOT, mdPath)}:${line}: ${d.ruleId}${d.fix ? ' WITH FIX' : ''}: ${d.message.slice(0, 160)}  | ${text.split('\n')[line - 1].slice(0, 140)}`);
    }
  }
}
console.log(`dev drafts: ${drafts}; planted numeric errors corrected: ${corrected}, left as they are (words, ranks, spans…): ${skipped}`);
console.log(`findings of the numeric rules on the corrected drafts (lines of uncorrected errors left out): ${falseFindings.length}, with a certain fix: ${falseFindings.filter((f) => f.includes('WITH FIX')).length}`);
for (const f of falseFindings) console.log(`  ${f}`);
