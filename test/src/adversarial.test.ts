// The adversarial drafts of issue #9 at 1 MB: the engine returns, with the kind of result each pattern should give.
// No timing here: bench/adversarial.bench.mjs measures time per MB. One quote block of mixed depths runs at 100 KB:
// its time is micromark's own, which grows faster than the input (a 1 MB block takes 25–60 s to parse alone).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { adversarialPatterns } from './adversarial-inputs.js';
import { loadDefaultDataset } from './helpers.js';

const dataset = await loadDefaultDataset();
const engine = createEngine({ dataset });
const MB = 1_000_000;
const sizes: Record<string, number> = { 'nested-blockquotes': MB / 10 };

/** What each pattern must give: every stated number read as a claim, and the findings it holds (or none). */
const expected: Record<string, (text: string, result: ReturnType<typeof engine.check>) => void> = {
  'share-paragraph': (text, result) => {
    // "In 2010 the share was 5.0% of 400 papers": 5.0% of 400 is no whole count of papers, so share-related findings.
    const sentences = text.match(/papers\./g)!.length;
    assert.ok(result.coverage.claims >= 2 * sentences, `${result.coverage.claims} claims for ${sentences} sentences`);
    assert.ok(result.diagnostics.length > 0);
    assert.ok(result.diagnostics.every((d) => d.ruleId === 'granularity'), [...new Set(result.diagnostics.map((d) => d.ruleId))].join());
  },
  sections: (text, result) => {
    const sections = text.match(/^## Section/gm)!.length;
    assert.ok(result.coverage.claims >= 3 * sections);
    assert.deepEqual(result.diagnostics, []);
  },
  'ones-after-heading': (text, result) => {
    // "1,1" is neither a grouped number nor, in a document of decimal points, a decimal: nothing is read as a claim.
    assert.equal(result.coverage.claims, 0);
    assert.ok(text.match(/1,/g)!.length > 100_000);
    assert.deepEqual(result.diagnostics, []);
  },
  'digits-and-percent': (_text, result) => {
    assert.ok(result.coverage.claims > 100_000);
    assert.deepEqual(result.diagnostics, []);
  },
  'unbalanced-backticks': (_text, result) => {
    assert.ok(result.coverage.claims > 1_000);
    assert.deepEqual(result.diagnostics, []);
  },
  'nested-blockquotes': (_text, result) => {
    assert.ok(result.coverage.claims > 2_000);
    assert.ok(result.diagnostics.every((d) => d.ruleId === 'granularity'));
  },
};

describe('adversarial drafts', () => {
  for (const pattern of adversarialPatterns) {
    const size = sizes[pattern.id] ?? MB;
    it(`${pattern.id} (${size / 1000} KB): the engine returns with the expected result`, () => {
      const text = pattern.make(size);
      const result = engine.check(text);
      for (const d of result.diagnostics) assert.ok(d.range.start >= 0 && d.range.end <= text.length);
      expected[pattern.id]!(text, result);
    });
  }
});
