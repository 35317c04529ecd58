// Readings added in round 68's session: false readings and misses of round 67's dev half (read first) and round 68's,
// each with a twin that keeps the reading it narrows. Datasets: eval/domains and samples/dataset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seenIn } from './helpers.js';

const seen = seenIn;

// Recycling: the Circular Cities Scorecard 2024 ranks Glenmoran seventh and Hesbaye-Meuse eighth.
describe('a place in a clause that leaves its subject out (", and rose to seventh … because X fell")', () => {
  const text = (place: string) => `The Scorecard tells the story bluntly. Glenmoran was bottom of the table in 2023, and rose to ${place} in 2024 only because Hesbaye-Meuse fell below it.\n`;
  it('is the subject of the clause before, not the name after the place', () => {
    assert.deepEqual(seen('recycling', text('seventh'), ['rank']), []);
  });
  it('and is checked as that subject’s', () => {
    assert.deepEqual(seen('recycling', text('fifth'), ['rank']), [['rank', 'fifth']]);
  });
  it('while a clause that names its own subject before the place keeps it', () => {
    assert.deepEqual(seen('recycling', 'The Scorecard tells the story bluntly. Glenmoran was bottom of the table in 2023, and Hesbaye-Meuse was seventh in 2024.\n', ['rank']), [['rank', 'seventh']]);
  });
});

// Ski: ticket revenue at the Austrian resorts EUR 133.7 million (2015) → 184.1 million (2024).
describe('"six times faster than skier days" after a change with its endpoints', () => {
  const text = (multiple: string) => `Ticket revenue at the three Austrian resorts rose 37.7%, from EUR 133.7 million in 2015 to EUR 184.1 million in 2024, ${multiple} skier days.\n`;
  it('compares two speeds, not the endpoints', () => {
    assert.deepEqual(seen('ski', text('six times faster than'), ['percent-change']), []);
    assert.deepEqual(seen('ski', text('twice as fast as'), ['percent-change']), []);
  });
  it('while a multiple of the endpoints themselves is still checked', () => {
    assert.deepEqual(seen('ski', 'Ticket revenue at the three Austrian resorts rose from EUR 133.7 million in 2015 to EUR 184.1 million in 2024, more than doubling.\n', ['percent-change']).map((f) => f[0]), ['percent-change']);
  });
});
