// Rank top-N claims, range facts checked at both ends, and rule options validated by each rule's schema.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFixes, createEngine, RuleOptionsError } from 'factlint';
import { loadDefaultDataset } from './helpers.js';

const dataset = await loadDefaultDataset();
const engine = createEngine({ dataset });
const findings = (text: string, e = engine) => e.check(text).diagnostics.map((d) => ({ rule: d.ruleId, stated: text.slice(d.range.start, d.range.end) }));

describe('rank: top-N claims', () => {
  it('accepts a cluster inside the top N and flags one outside it', () => {
    assert.deepEqual(findings('In the 2025 GII, Tokyo–Yokohama is among the top five clusters.\n'), []);
    assert.deepEqual(findings('In the 2025 GII, Seoul is among the top three clusters.\n'), [{ rule: 'rank', stated: 'top three' }]);
  });
  it('reads "rounding out the top N" as rank N exactly', () => {
    assert.deepEqual(findings('Rounding out the top five of the 2025 GII is Seoul.\n'), []);
    assert.deepEqual(findings('Rounding out the top five of the 2025 GII is Beijing.\n'), [{ rule: 'rank', stated: 'Rounding out the top five' }]);
  });
  it('accepts a rank well inside a wide top N', () => {
    assert.deepEqual(findings('In the 2025 GII, Hangzhou is among the top 50 clusters.\n'), []);
  });
});

describe('dataset-value: a stated range is checked at both ends', () => {
  const sentence = (range: string) => `UTokyo accounts for ${range} of annual Sweden co-authored output across 2015–2024.\n`;
  it('accepts the dataset range and flags a wrong end with a fix for both ends', () => {
    assert.deepEqual(findings(sentence('61–73%')), []);
    const text = sentence('61–75%');
    const result = engine.check(text);
    assert.deepEqual(result.diagnostics.map((d) => [d.ruleId, text.slice(d.range.start, d.range.end), d.expected]), [['dataset-value', '61–75%', '61–73%']]);
    assert.equal(applyFixes(text, result.diagnostics).text, sentence('61–73%'));
  });
});

describe('rule options', () => {
  const breakdown = 'AIST’s international collaboration, breakdown by country:\n\n- China 23%\n- United States 17%\n- France 9%\n- Germany 8%\n- Rest of the world 47%\n';
  it('breakdown-sum takes a tolerance in percentage points', () => {
    assert.deepEqual(findings(breakdown).map((f) => f.rule), ['breakdown-sum']);
    const lenient = createEngine({ dataset, rules: { 'breakdown-sum': { severity: 'warning', tolerance: 5 } } });
    assert.deepEqual(findings(breakdown, lenient), []);
    const strict = createEngine({ dataset, rules: { 'breakdown-sum': { tolerance: 0.5 } } });
    assert.match(strict.check(breakdown).diagnostics[0]!.message, /the configured tolerance is ±0\.5 points/);
  });
  it('rejects unknown or ill-typed options with the rule and option named', () => {
    assert.throws(() => createEngine({ dataset, rules: { 'breakdown-sum': { tolerence: 1 } } }), (e: unknown) => e instanceof RuleOptionsError && /rules\.breakdown-sum\.tolerence: unknown option "tolerence"/.test(e.message));
    assert.throws(() => createEngine({ dataset, rules: { 'breakdown-sum': { tolerance: 'two' } } }), RuleOptionsError);
    assert.throws(() => createEngine({ dataset, rules: { cagr: { severity: 'error', places: 2 } } }), /rule "cagr" takes no options/);
  });
});
