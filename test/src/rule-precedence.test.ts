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

  it('a wrong table share that is also a dataset mismatch is reported once, by share', () => {
    const text = [
      '## Science Tokyo (Total Sweden-linked publications 2015–2024: 1,773)',
      '',
      '| Swedish institution | Co-authored publications | Share of collaboration |',
      '| --- | ---: | ---: |',
      '| KTH Royal Institute of Technology | 1,217 | 68.6% |',
      '| Lund University | 1,210 | 66.2% |',
      '',
    ].join('\n');
    const at = text.indexOf('66.2%');
    const on = (engine: typeof reference) => engine.check(text).diagnostics.filter((d) => d.range.start === at).map((d) => d.ruleId);
    assert.deepEqual(on(reference), ['share']);
    // Without share, the number is still a mismatch with the dataset: the finding was superseded, not lost.
    assert.deepEqual(on(createEngine({ dataset, rules: { share: 'off' } })), ['dataset-value']);
  });

  it('supersedes names only known rules, never the rule itself, and nothing supersedes an arithmetic rule', () => {
    const ids = new Set(allRules.map((r) => r.id));
    for (const rule of allRules) {
      for (const id of rule.supersedes ?? []) {
        assert.ok(ids.has(id), `${rule.id} supersedes unknown rule ${id}`);
        assert.notEqual(id, rule.id);
      }
    }
    const arithmetic = allRules.filter((r) => r.tags.includes('arithmetic')).map((r) => r.id);
    assert.deepEqual(allRules.filter((r) => (r.supersedes ?? []).some((id) => arithmetic.includes(id))).map((r) => r.id), []);
  });
});
