// Findings do not depend on the order of the rule list: precedence is declared (`supersedes`) and applied after all
// rules ran. Shuffled rule lists give the same findings and coverage on every sample.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { allRules, createEngine } from 'factlint';
import { loadDefaultDataset, repoRoot } from './helpers.js';

const dataset = await loadDefaultDataset();
const settings = { unverified: 'info' } as const;
const reference = createEngine({ dataset, rules: settings });
const samples = ['samples/outlook-issue-7.md', ...readdirSync(join(repoRoot, 'samples/drafts')).filter((f) => f.endsWith('.md')).map((f) => `samples/drafts/${f}`)].map((path) => ({
  path,
  text: readFileSync(join(repoRoot, path), 'utf8'),
}));

describe('rule precedence', () => {
  it('the reversed rule list gives the same findings and coverage on every sample', () => {
    const reversed = createEngine({ dataset, rules: settings, ruleSet: [...allRules].reverse() });
    for (const { path, text } of samples) {
      const a = reference.check(text);
      const b = reversed.check(text);
      assert.deepEqual(b.diagnostics, a.diagnostics, path);
      assert.deepEqual(b.coverage, a.coverage, path);
    }
  });

  it('random permutations of the rule list give the same findings', () => {
    const expected = samples.map(({ text }) => reference.check(text));
    fc.assert(
      fc.property(fc.shuffledSubarray([...allRules], { minLength: allRules.length }), (order) => {
        const engine = createEngine({ dataset, rules: settings, ruleSet: order });
        samples.forEach(({ text }, i) => {
          const result = engine.check(text);
          assert.deepEqual(result.diagnostics, expected[i]!.diagnostics);
          assert.deepEqual(result.coverage, expected[i]!.coverage);
        });
      }),
      { numRuns: 8 },
    );
  });

  it('a wrong share that is also an impossible share of its whole is reported once, by share', () => {
    const text = "In 2024, UTokyo's 638 Sweden-linked papers were 75.0% of the 902 produced by the three anchor universities together.\n";
    const at = text.indexOf('75.0%');
    const on = (engine: typeof reference) => engine.check(text).diagnostics.filter((d) => d.range.start === at).map((d) => d.ruleId);
    assert.deepEqual(on(reference), ['share']);
    // Without share, the number is still impossible as a share of 902 (GRIM): the finding was superseded, not lost.
    assert.deepEqual(on(createEngine({ dataset, rules: { share: 'off' } })), ['granularity']);
  });

  it('supersedes names only known rules, never the rule itself, and only an arithmetic rule supersedes an arithmetic rule', () => {
    const ids = new Set(allRules.map((r) => r.id));
    for (const rule of allRules) {
      for (const id of rule.supersedes ?? []) {
        assert.ok(ids.has(id), `${rule.id} supersedes unknown rule ${id}`);
        assert.notEqual(id, rule.id);
      }
    }
    const arithmetic = allRules.filter((r) => r.tags.includes('arithmetic')).map((r) => r.id);
    // A dataset or structure rule never hides an arithmetic error; a share checked against its stated part and total
    // may stand for the GRIM test of the same number, and a column of shares checked against its Total row of 100 for
    // the total rule's sum of the same column (one finding on the Total cell, not two).
    const overArithmetic = allRules.filter((r) => (r.supersedes ?? []).some((id) => arithmetic.includes(id)));
    assert.deepEqual(overArithmetic.map((r) => r.id).sort(), ['breakdown-sum', 'share']);
    assert.ok(overArithmetic.every((r) => r.tags.includes('arithmetic')));
  });
});
