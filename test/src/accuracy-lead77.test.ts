// Readings added in round 77's session: false readings and misses of round 77's dev half (and of older dev drafts),
// each with a twin that keeps the reading it narrows. Datasets: eval/domains and samples/dataset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { domainEngine, seenIn } from './helpers.js';

const seen = seenIn;

// Firerescue: Glenmorrin ran 54 of the eight services' 249 stations in 2024 (21.7%).
describe('a share of a group whole whose part is a member’s dataset fact', () => {
  const text = 'Glenmorrin alone accounts for 26.6% of the stations in the eight services in 2024.\n';
  it('is found, and its message names the part’s value', () => {
    assert.deepEqual(seen('firerescue', text, ['share']), [['share', '26.6%']]);
    const [finding] = domainEngine('firerescue').check(text).diagnostics.filter((d) => d.ruleId === 'share');
    assert.match(finding?.message ?? '', /Glenmorrin \(54\) of the 249 /);
  });
});
