// One bad rule or one absurd number never sinks a check: a rule that throws leaves one internal-error finding of its
// own, numbers a double cannot hold are no claims (no RangeError from toFixed), and no Infinity or NaN reaches a finding.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { allRules, applyFixes, createEngine, type Diagnostic, type Rule } from 'factlint';
import { loadDefaultDataset, repoRoot } from './helpers.js';

const dataset = await loadDefaultDataset();
const engine = createEngine({ dataset, rules: { unverified: 'info' } });
const outlook = readFileSync(join(repoRoot, 'samples/outlook-issue-7.md'), 'utf8');

const broken: Rule = {
  id: 'broken',
  docs: { description: 'Throws.', details: 'A rule that fails, for this test.', failing: 'x', passing: 'y' },
  defaultSeverity: 'error',
  fixable: false,
  tags: [],
  check(context) {
    context.report({ range: { start: 0, end: 1 }, message: 'reported before the failure' });
    throw new RangeError('toFixed() digits argument must be between 0 and 100');
  },
};

const ones = '1'.repeat(101);
/** Drafts that once threw RangeError from toFixed() in cagr, percent-change, share and total, or overflowed to Infinity. */
const absurd = [
  `UTokyo grew from 287 papers in 2015 to 638 in 2024 (+122.${ones}%; CAGR 9.${ones}%).`,
  `Stockholm University accounted for 2,022 of 4,181 papers, or 48.${ones}% of the total.`,
  `| Swedish institution | Co-authored publications | Share |\n|---|---:|---:|\n| Stockholm University | 2,022 | 46.${ones}% |\n| Total | 4,181 | |\n`,
  `The three universities published 287, 165 and 21 papers, 473.${ones} in all.`,
  `UTokyo grew from 287 papers in 2015 to 638 in 2024 (+122%; CAGR ${'9'.repeat(400)}%).`,
  `UTokyo grew from ${'9'.repeat(400)} papers in 2015 to 638 in 2024 (+122%; CAGR 9.3%).`,
  `UTokyo grew from 287 papers in 2015 to ${'9'.repeat(309)} in 2024 (+122%; CAGR 9.3%).`,
  `Of ${'9'.repeat(310)} papers, 12.5% were co-authored.`,
];

const NON_FINITE = /Infinity|NaN|In,fin/;

function assertFinite(diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    const shown = [d.message, d.expected ?? '', d.reason ?? '', ...[d.fix, ...(d.suggestions ?? [])].flatMap((f) => [f?.title ?? '', ...(f?.edits.map((e) => e.newText) ?? [])])];
    for (const text of shown) assert.doesNotMatch(text, NON_FINITE, `${d.ruleId}: ${text}`);
  }
}

describe('engine isolation', () => {
  it('a rule that throws becomes one internal-error finding of that rule; every other finding stands', () => {
    const withBroken = createEngine({ dataset, rules: { unverified: 'info' }, ruleSet: [broken, ...allRules] });
    const expected = engine.check(outlook).diagnostics;
    const result = withBroken.check(outlook);
    const own = result.diagnostics.filter((d) => d.ruleId === 'broken');
    assert.equal(own.filter((d) => d.data?.internalError === true).length, 1);
    assert.match(own.find((d) => d.data?.internalError)!.message, /Internal error in rule "broken" \(RangeError: toFixed/);
    assert.deepEqual(result.diagnostics.filter((d) => d.ruleId !== 'broken'), expected);
    assert.ok(expected.length > 0);
  });

  for (const [i, text] of absurd.entries()) {
    it(`absurd number ${i + 1}: no exception, no non-finite value in any finding or fix`, () => {
      const result = engine.check(text);
      assert.deepEqual(result.diagnostics.filter((d) => d.data?.internalError), []);
      assertFinite(result.diagnostics);
      assert.doesNotMatch(applyFixes(text, result.diagnostics).text, NON_FINITE);
    });
  }

  it('an absurd number inside the outlook leaves the outlook\'s findings as they were', () => {
    const expected = engine.check(outlook).diagnostics.filter((d) => d.ruleId !== 'unverified').map((d) => d.message);
    const text = `${outlook}\n\n${absurd.join('\n\n')}\n`;
    const result = engine.check(text);
    assert.deepEqual(result.diagnostics.filter((d) => d.ruleId !== 'unverified' && d.range.start < outlook.length).map((d) => d.message), expected);
    assertFinite(result.diagnostics);
  });

  it('a number of 16 digits or more is no claim; 15 digits still is', () => {
    assert.equal(engine.check('We counted 123456789012345 papers.').coverage.claims, 1);
    assert.equal(engine.check('We counted 1234567890123456 papers.').coverage.claims, 0);
    assert.equal(engine.check(`A share of 12.${ones}%.`).coverage.claims, 0);
  });
});
