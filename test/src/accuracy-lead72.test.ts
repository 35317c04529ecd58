// Readings added in round 72's session: false readings and misses of rounds 70 and 71's dev halves (read first), each
// with a twin that keeps the reading it narrows. Datasets: eval/domains and samples/dataset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seenIn } from './helpers.js';

const seen = seenIn;

// Huts: the eight huts' overnight stays add up to 54,034 in 2024 and 43,945 in 2015.
describe('a group total dated "in the 2024 season" beside a second year', () => {
  const text = (total: string, time = 'in the 2024 season') => `Taken together, the eight huts recorded ${total} overnight stays ${time}, against 43,945 in 2015.\n`;
  it('is dated by the season’s year', () => {
    assert.deepEqual(seen('huts', text('54,304'), ['total']), [['total', '54,304']]);
  });
  it('and passes when right', () => {
    assert.deepEqual(seen('huts', text('54,034'), ['total']), []);
  });
  it('while "the" before a year that names no season, edition or financial year dates nothing', () => {
    assert.deepEqual(seen('huts', text('54,304', 'in the 2024 figures'), ['total']), []);
  });
});

// Forests: the entities' descriptions read "state forest district managed by …"; the eight districts cut 2,861.8
// thousand m³ in 2019.
describe('a group named by the head noun of a description that goes on with "managed by …"', () => {
  const text = (total: string) => `At its peak in 2019 the eight districts cut ${total} thousand m³, flooding the market with spruce.\n`;
  it('is a group of the dataset’s entities', () => {
    assert.deepEqual(seen('forests', text('2,366.7'), ['total']), [['total', '2,366.7 thousand']]);
  });
  it('and passes when right', () => {
    assert.deepEqual(seen('forests', text('2,861.8'), ['total']), []);
  });
});

// Presses: open-access titles 58 (2015) → 263 (2024), ×4.53.
describe('a qualifier before an article: "more than a fourfold increase"', () => {
  const text = (multiple: string) => `Open-access titles rose from 58 in 2015 to 263 in 2024, ${multiple} increase.\n`;
  it('keeps its qualifier', () => {
    assert.deepEqual(seen('presses', text('more than a fourfold'), ['percent-change']), []);
  });
  it('and is still checked', () => {
    assert.deepEqual(seen('presses', text('more than a fivefold'), ['percent-change']), [['percent-change', 'more than a fivefold']]);
    assert.deepEqual(seen('presses', text('nearly a fourfold'), ['percent-change']), [['percent-change', 'nearly a fourfold']]);
  });
});

// Theatres: a split whose last part is split again in brackets.
describe('a split whose remainder is split again in brackets', () => {
  const text = (touring: string) =>
    `Vauclerc's operating income splits into public subsidy 61.7%, box office 19.4%, co-productions and touring ${touring}% and the remaining 5.4% from sponsorship and patrons (1.8%), catering and venue hire (2.1%) and other sources (1.5%).\n`;
  it('sums the parts of the first level only', () => {
    assert.deepEqual(seen('theatres', text('13.5'), ['breakdown-sum']), []);
  });
  it('and is still checked', () => {
    assert.deepEqual(seen('theatres', text('17.5'), ['breakdown-sum']).map((f) => f[0]), ['breakdown-sum']);
  });
  it('while shares all in brackets stay one split', () => {
    assert.deepEqual(seen('theatres', 'Income came from subsidy (61.7%), box office (19.4%), touring (17.5%) and sponsorship (5.4%).\n', ['breakdown-sum']).map((f) => f[0]), ['breakdown-sum']);
  });
});

// Water: a multiple before a change of its own that the endpoints go with.
describe('"nearly doubled over the period, even after a 15.5% drop in 2020, from USD 23.8 million to USD 20.1 million"', () => {
  const text = (lead: string) => `Capital investment ${lead} even after a 15.5% drop in 2020, from USD 23.8 million to USD 20.1 million, when works were suspended.\n`;
  it('leaves the endpoints to the drop', () => {
    assert.deepEqual(seen('water', text('nearly doubled over the period,'), ['percent-change']), []);
  });
  it('while a multiple right before its endpoints is still theirs', () => {
    assert.deepEqual(seen('water', 'Capital investment nearly tripled, from USD 23.8 million to USD 50.1 million.\n', ['percent-change']).map((f) => f[0]), ['percent-change']);
  });
});

// Zoos: the Conservation Impact Rating ranks Kurrawong third in 2024; its first edition was in 2017.
describe('"came first in that first edition"', () => {
  it('speaks of an edition named by its order, not the latest', () => {
    const text = (place: string) => `Every November the Alliance publishes the **Conservation Impact Rating**, which puts the eight members in order. The first edition came out in 2017.\n\n- Kurrawong came ${place} in that first edition.\n`;
    assert.deepEqual(seen('zoos', text('first'), ['rank']), []);
    assert.deepEqual(seen('zoos', text('third'), ['rank']), []);
  });
  it('while a place with no year at all is the latest edition’s', () => {
    assert.deepEqual(seen('zoos', 'Kurrawong came first in the Conservation Impact Rating.\n', ['rank']).map((f) => f[0]), ['rank']);
  });
});
