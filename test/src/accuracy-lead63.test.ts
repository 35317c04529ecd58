// Readings added in round 63's session: false readings and misses of round 63's dev half (festivals, fire and rescue),
// each with a twin that keeps the reading it narrows. Datasets: eval/domains and samples/dataset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seenIn } from './helpers.js';

const seen = seenIn;

// Festivals: EFSI 2023 recomputed with the old method: Auenrock 4th, Morena 8th; the memo is from Morena Festival.
describe('a place in a clause coordinated after another name’s, opened by "we"', () => {
  const memo = (sentence: string) => `# Memorandum\n\n**From:** Managing Director, Morena Festival\n\n## The index\n\nIn the European Festival Sustainability Index, Auenrock has been third in both the 2023 and the 2024 editions. Had the 2023 edition been computed with the old method, ${sentence}\n`;
  it('is the first person’s (the document’s own festival), not the name before', () => {
    assert.deepEqual(seen('festivals', memo('Auenrock would have been fourth and we would have been eighth rather than seventh.'), ['rank']), []);
    assert.deepEqual(seen('festivals', memo('Auenrock would have been fourth; we would have been eighth.'), ['rank']), []);
  });
  it('and is checked as the first person’s', () => {
    assert.deepEqual(seen('festivals', memo('Auenrock would have been fourth, but we would have been seventh.'), ['rank']), [['rank', 'seventh']]);
  });
  it('while the name’s own place before it is still the name’s', () => {
    assert.deepEqual(seen('festivals', memo('Auenrock would have been sixth and we would have been eighth.'), ['rank']), [['rank', 'sixth']]);
  });
});

// Fire and rescue: Marlshire attended 2,388 fires in 2024, 2,362 in 2023 and 2,806 in 2022.
describe('"the 2,806 fires of 2023" in a sentence that opens on another year', () => {
  const sentence = (figure: string) => `In 2024 Marlshire attended 2,388 fires, well below the ${figure} fires of 2023.\n`;
  it('is dated by its own "of 2023", not by the dataset fact it equals', () => {
    assert.deepEqual(seen('firerescue', sentence('2,806'), ['dataset-value']), [['dataset-value', '2,806']]);
  });
  it('and a right figure of that year passes', () => {
    assert.deepEqual(seen('firerescue', sentence('2,362'), ['dataset-value']), []);
  });
});
