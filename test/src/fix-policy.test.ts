// The fix policy of arithmetic findings (percent-change, cagr, share, total, …): a finding proves that its figures
// disagree, not which one is wrong, so its fix is certain only when the dataset (or another check that passed)
// confirms every figure it is computed from; otherwise the fix is the first suggestion, which --fix and fix-all
// never apply. Everything here is on a made-up dataset of ferry operators.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createEngine, type Diagnostic } from 'factlint';
import { cli, tree } from './cli-helpers.js';
import { datasetOf, seenFindings } from './helpers.js';

const ARITHMETIC = new Set(['percent-change', 'cagr', 'share', 'total', 'breakdown-sum', 'granularity', 'formula']);
const UNCONFIRMED = /\(if the figures it is computed from are right: the dataset does not confirm them\)$/;

const SOURCE = { id: 'ferry-census', title: 'Made-up Ferry Census 2025', publisher: 'Made-up Straits Board', year: 2025 };
const OBSERVATIONS = [
  { entity: 'harrowby', metric: 'passengers', year: 2016, value: 240, source: 'ferry-census' },
  { entity: 'harrowby', metric: 'passengers', year: 2024, value: 300, source: 'ferry-census' },
  { entity: 'quillon', metric: 'passengers', year: 2016, value: 160, source: 'ferry-census' },
  { entity: 'quillon', metric: 'passengers', year: 2024, value: 200, source: 'ferry-census' },
  { entity: 'tarn', metric: 'passengers', year: 2016, value: 100, source: 'ferry-census' },
  { entity: 'tarn', metric: 'passengers', year: 2024, value: 80, source: 'ferry-census' },
];
function ferries(observations: readonly object[]) {
  return {
    sources: [SOURCE],
    entities: [
      { id: 'harrowby', name: 'Harrowby Ferries', aliases: ['Harrowby'], kind: 'organisation' },
      { id: 'quillon', name: 'Quillon Ferries', aliases: ['Quillon'], kind: 'organisation' },
      { id: 'tarn', name: 'Tarn Ferries', aliases: ['Tarn'], kind: 'organisation' },
    ],
    metrics: [{ id: 'passengers', label: 'Passengers carried', unit: 'count', phrases: ['passengers carried', 'passengers'] }],
    observations,
  };
}
const engine = createEngine({ dataset: datasetOf({ 'ferries.json': ferries(OBSERVATIONS) }) });
/** The same dataset without Harrowby's 2024 figure. */
const without2024 = createEngine({ dataset: datasetOf({ 'ferries.json': ferries(OBSERVATIONS.filter((o) => !(o.entity === 'harrowby' && o.year === 2024))) }) });

const arithmetic = (text: string, on = engine) => seenFindings(on, text, ARITHMETIC);
const diagnostic = (text: string, rule: string, on = engine): Diagnostic => {
  const found = on.check(text).diagnostics.filter((d) => d.ruleId === rule);
  assert.equal(found.length, 1, `one ${rule} finding on: ${text}`);
  return found[0]!;
};

const CHANGE = 'Harrowby Ferries passengers rose from 240 in 2016 to 300 in 2024 (+35.0%).\n';
const CAGR = 'Harrowby Ferries passengers rose from 240 in 2016 to 300 in 2024, a compound annual growth rate of 3.8%.\n';
const table = (rows: readonly string[], total: string) =>
  `Passengers carried in 2024:\n\n| Operator | Passengers |\n| --- | ---: |\n${rows.map((r) => `${r}\n`).join('')}| Total | ${total} |\n`;
const CONFIRMED_ROWS = ['| Harrowby Ferries | 300 |', '| Quillon Ferries | 200 |', '| Tarn Ferries | 80 |'];

describe('fix policy: a change whose endpoints the dataset holds', () => {
  it('(a) both endpoints in the dataset: a certain fix, no suggestion', () => {
    assert.deepEqual(arithmetic(CHANGE), [{ rule: 'percent-change', stated: '+35.0%', fix: '+25.0%' }]);
    assert.deepEqual(arithmetic('Harrowby Ferries carried 240 passengers in 2016 and 300 in 2024, a rise of 35%.\n'), [
      { rule: 'percent-change', stated: '35%', fix: '25%' },
    ]);
    assert.deepEqual(arithmetic(CHANGE.replace('+35.0%', '+25.0%')), []);
  });

  it('(b) the same sentence with an endpoint the dataset does not hold: still reported, the fix is a suggestion', () => {
    assert.deepEqual(arithmetic(CHANGE, without2024), [{ rule: 'percent-change', stated: '+35.0%', suggestion: '+25.0%' }]);
    const d = diagnostic(CHANGE, 'percent-change', without2024);
    assert.equal(d.fix, undefined);
    assert.equal(d.message, diagnostic(CHANGE, 'percent-change').message, 'the finding itself is the same');
    assert.match(d.suggestions![0]!.title, UNCONFIRMED);
    // An entity the dataset does not know: neither endpoint is confirmed.
    assert.deepEqual(arithmetic(CHANGE.replace('Harrowby', 'Ostrel')), [{ rule: 'percent-change', stated: '+35.0%', suggestion: '+25.0%' }]);
  });

  it('an endpoint the dataset contradicts gets the dataset fix; the change gets no certain fix', () => {
    // The planted error of the blind drafts: the endpoint is wrong and the change is right for the true endpoint.
    const text = 'Harrowby Ferries passengers rose from 240 in 2016 to 290 in 2024 (+25.0%).\n';
    const found = engine.check(text).diagnostics;
    assert.deepEqual(found.filter((d) => d.fix).map((d) => [d.ruleId, text.slice(d.range.start, d.range.end), d.fix!.edits[0]!.newText]), [['dataset-value', '290', '300']]);
  });
});

describe('fix policy: a Total row', () => {
  it('(c) parts all confirmed by the dataset: a certain fix', () => {
    assert.deepEqual(arithmetic(table(CONFIRMED_ROWS, '560')), [{ rule: 'total', stated: '560', fix: '580' }]);
    assert.deepEqual(arithmetic(table(CONFIRMED_ROWS, '580')), []);
  });

  it('(c) a part the dataset does not hold: a suggestion', () => {
    const rows = [...CONFIRMED_ROWS.slice(0, 2), '| Ostrel Ferries | 80 |'];
    assert.deepEqual(arithmetic(table(rows, '560')), [{ rule: 'total', stated: '560', suggestion: '580' }]);
    assert.match(diagnostic(table(rows, '560'), 'total').suggestions![0]!.title, UNCONFIRMED);
  });

  it('a share whose count the dataset confirms and whose whole is a Total row that adds up: a certain fix', () => {
    const shares = (rows: readonly string[]) =>
      `Passengers carried in 2024:\n\n| Operator | Passengers | Share |\n| --- | ---: | ---: |\n${rows.map((r) => `${r}\n`).join('')}| Total | 580 | 100.0% |\n`;
    assert.deepEqual(arithmetic(shares(['| Harrowby Ferries | 300 | 57.7% |', '| Quillon Ferries | 200 | 34.5% |', '| Tarn Ferries | 80 | 13.8% |'])), [
      { rule: 'share', stated: '57.7%', fix: '51.7%' },
    ]);
    // The same table with an operator the dataset does not know: its count is the unconfirmed figure.
    assert.deepEqual(arithmetic(shares(['| Harrowby Ferries | 300 | 51.7% |', '| Quillon Ferries | 200 | 34.5% |', '| Ostrel Ferries | 80 | 17.8% |'])), [
      { rule: 'share', stated: '17.8%', suggestion: '13.8%' },
    ]);
  });
});

describe('fix policy: years are never figures', () => {
  it('(d) a CAGR with confirmed endpoints keeps its fix, though its years are related ranges the dataset does not confirm', () => {
    const d = diagnostic(CAGR, 'cagr');
    const related = (d.related ?? []).map((r) => CAGR.slice(r.range.start, r.range.end));
    assert.ok(related.includes('2016') && related.includes('2024'), `the years are related: ${related.join(', ')}`);
    const verified = new Set(engine.check(CAGR).state.verified.map((v) => CAGR.slice(v.range.start, v.range.end)));
    assert.ok(!verified.has('2016') && !verified.has('2024'), 'no check verifies the years');
    assert.deepEqual(arithmetic(CAGR), [{ rule: 'cagr', stated: '3.8%', fix: '2.8%' }]);
    assert.deepEqual(arithmetic(CAGR, without2024), [{ rule: 'cagr', stated: '3.8%', suggestion: '2.8%' }]);
  });

  it('keeps the points of the rate fixes when the endpoints are confirmed: no sign added to a decline, the decimal comma kept', () => {
    assert.deepEqual(arithmetic('Tarn Ferries passengers fell from 100 in 2016 to 80 in 2024, a compound annual decline of 4.0%.\n'), [
      { rule: 'cagr', stated: '4.0%', fix: '2.8%' },
    ]);
    assert.deepEqual(arithmetic('Harrowby Ferries passengers rose from 240 in 2016 to 300 in 2024 (CAGR 3,8 %).\n'), [{ rule: 'cagr', stated: '3,8 %', fix: '2,8 %' }]);
  });
});

describe('fix policy: --fix and fix-all apply certain fixes only', () => {
  const DRAFT = `# Ferries\n\n${CHANGE.replace('Harrowby', 'Ostrel')}\nTarn Ferries had 90 passengers in 2024.\n`;

  it('(e) engine.fixAll leaves an unconfirmed arithmetic finding’s text unchanged and applies the certain fixes', () => {
    const fixed = engine.fixAll(DRAFT);
    assert.equal(fixed.applied, 1);
    assert.equal(fixed.text, DRAFT.replace('had 90 passengers', 'had 80 passengers'));
    assert.deepEqual(fixed.after.diagnostics.map((d) => d.ruleId), ['percent-change']);
    // Confirmed endpoints: fixAll does apply the change's fix.
    assert.equal(engine.fixAll(CHANGE).text, CHANGE.replace('+35.0%', '+25.0%'));
  });

  it('(e) CLI --fix leaves the unconfirmed change as written, fixes the rest and exits 1 for what is left', () => {
    const dir = tree({ 'data/ferries.json': JSON.stringify(ferries(OBSERVATIONS)), '.factlintrc.json': JSON.stringify({ dataset: ['data/'] }), 'draft.md': DRAFT, 'sure.md': CHANGE });
    const run = cli(['--fix', 'draft.md', 'sure.md'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    assert.equal(readFileSync(join(dir, 'draft.md'), 'utf8'), DRAFT.replace('had 90 passengers', 'had 80 passengers'));
    assert.equal(readFileSync(join(dir, 'sure.md'), 'utf8'), CHANGE.replace('+35.0%', '+25.0%'));
    assert.match(run.stdout, /percent-change/);
    const json = JSON.parse(cli(['-f', 'json', 'draft.md'], { cwd: dir }).stdout) as { files: { diagnostics: { ruleId: string; fix: unknown }[] }[] };
    assert.deepEqual(json.files[0]!.diagnostics.map((d) => [d.ruleId, d.fix]), [['percent-change', null]]);
  });
});

describe('fix policy: a figure that only equals a fact of another year confirms nothing', () => {
  it('keeps the fix a suggestion when an endpoint matches the entity\'s fact of another year', () => {
    // 300 is Harrowby's 2024 figure, not its 2020 one (the dataset holds none for 2020): the change is not anchored.
    assert.deepEqual(arithmetic('Harrowby Ferries passengers rose from 240 in 2016 to 300 in 2020 (+35.0%).\n'), [
      { rule: 'percent-change', stated: '+35.0%', suggestion: '+25.0%' },
    ]);
  });
});
