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

describe('a place reached by a move ("reached fifth", "slipped to fourth") in a document that names its one ranking', () => {
  const text = (place: string) => `The 2024 European Cycling City Index is out.\n\n## Spain is catching up\n\nMurcia, long stuck near the bottom, ${place} in 2024, its best result.\n`;
  it('is a place in that ranking', () => {
    assert.deepEqual(seen('bikeshare', text('reached fifth'), ['rank']), [['rank', 'fifth']]);
    assert.deepEqual(seen('bikeshare', text('climbed to fifth'), ['rank']), [['rank', 'fifth']]);
  });
  it('is silent when the place holds', () => {
    assert.deepEqual(seen('bikeshare', text('reached sixth'), ['rank']), []);
  });
  it('is not read from a move that is no place ("reached five stations")', () => {
    assert.deepEqual(seen('bikeshare', text('reached five new stations'), ['rank']), []);
  });
});

describe('a place in a clause without a year, in a sentence dated by "last year" as well as by a year', () => {
  it('is left undated', () => {
    const text = 'The WIPO Global Innovation Index is out.\n\nBeijing climbed from fourth in 2023 to third in 2024, then slipped back to fourth last year as San Jose–San Francisco moved up to third under the new method.\n';
    assert.deepEqual(seen('seeds', text, ['rank']), []);
  });
});
