// Readings of round 26's dev drafts, written on made-up labs rather than copied from the corpus: a total followed by
// "with X alone on …" singles out one of its parts and adds none, so the total is still the sum of the list.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine, loadDataset } from 'factlint';
import { seenFindings } from './helpers.js';

const bare = createEngine({ dataset: loadDataset([]).dataset });
const totals = (text: string) => seenFindings(bare, text, new Set(['total'])).map((f) => [f.stated, f.fix ?? f.suggestion ?? null]);

describe('a total followed by "with" one of its parts', () => {
  it('is still the sum of the list when "with" singles out a part', () => {
    assert.deepEqual(totals('Over the decade the three labs logged 4,181, 1,773 and 428 papers, 5,954 in all, with Tembo alone on 65.5%.\n'), [['5,954', '6,382']]);
    assert.deepEqual(totals('The three labs logged 4,181, 1,773 and 428 papers, 6,382 in all, with Tembo accounting for 65.5%.\n'), []);
  });

  it('still adds nothing up when "with" names a member beyond the list', () => {
    assert.deepEqual(totals('The three labs logged 4,181, 1,773 and 428 papers, 7,000 in all with Upepo.\n'), []);
  });
});
