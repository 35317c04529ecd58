// Readings added in round 45's session: general forms of planted errors missed on the dev split, each with a twin that
// stays silent. Datasets: eval/domains and samples/dataset, or a made-up one written here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { domainEngine, seenFindings, seenIn } from './helpers.js';

const seen = seenIn;

describe('a share "of the combined <measure> of <whole>" after its part', () => {
  const text = (share: string) => `FC Vesterlund had revenue of EUR 64.5 million and accounted for ${share} of the combined revenue of EUR 275.6 million.\n`;
  it('divides the part by the whole named as a total', () => {
    const found = seenFindings(domainEngine('clubs'), text('25.4%'), new Set(['share']));
    assert.deepEqual(found.map((f) => [f.stated, f.fix ?? f.suggestion ?? null]), [['25.4%', '23.4%']]);
  });
  it('is silent when the share holds', () => {
    assert.deepEqual(seen('clubs', text('23.4%'), ['share']), []);
  });
  it('is not read when the whole after "of" is no total', () => {
    assert.deepEqual(seen('clubs', 'FC Vesterlund had revenue of EUR 64.5 million and accounted for 25.4% of the ticket revenue of EUR 275.6 million.\n', ['share']), []);
  });
});
