// Readings added from round 42's session: missed planted errors of the dev split whose figure was taken as consistent
// because it equals the entity's fact of another year, each with a twin that stays silent. Datasets: eval/domains.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seenIn } from './helpers.js';

const seen = seenIn;

describe('a figure of the present or of the year just ended ("now", "last year", "at the last count")', () => {
  it('is of the latest year the dataset holds: another year’s figure is reported, as a suggestion', () => {
    assert.deepEqual(seen('ferries', 'Jadranka carried 6,444 thousand passenger journeys last year.\n', ['dataset-value']), [['dataset-value', '6,444 thousand']]);
    assert.deepEqual(seen('recycling', 'Glenmoran still sent 8.5% of its waste to landfill last year.\n', ['dataset-value']), [['dataset-value', '8.5%']]);
    assert.deepEqual(seen('firerescue', 'Hallamoor has slowed, despite the service still having 733 wholetime firefighters at the last count.\n', ['dataset-value']), [['dataset-value', '733']]);
  });
  it('is silent when it is the latest year’s figure', () => {
    assert.deepEqual(seen('ferries', 'Jadranka carried 6,772 thousand passenger journeys last year.\n', ['dataset-value']), []);
    assert.deepEqual(seen('recycling', 'Glenmoran still sent 5.8% of its waste to landfill last year.\n', ['dataset-value']), []);
    assert.deepEqual(seen('firerescue', 'Hallamoor has slowed, despite the service still having 712 wholetime firefighters at the last count.\n', ['dataset-value']), []);
  });
  it('needs the cue in the figure’s own clause, and no other time', () => {
    assert.deepEqual(seen('ferries', 'Jadranka carried 6,444 thousand passenger journeys two years ago.\n', ['dataset-value']), []);
    assert.deepEqual(seen('ferries', 'Jadranka carried 6,444 thousand passenger journeys and now carries more.\n', ['dataset-value']), []);
    assert.deepEqual(seen('ferries', 'Jadranka carried 6,444 thousand passenger journeys in 2023 and more last year.\n', ['dataset-value']), []);
    assert.deepEqual(seen('ferries', 'Jadranka has carried more than 6,444 thousand passenger journeys a year until now.\n', ['dataset-value']), []);
  });
});

describe('a figure whose own year follows it, its entity named only near it', () => {
  const heading = (name: string, value: string) => `## ${name}\n\nResearch expenditure grew faster still, by 14.8% a year on average, and stood at USD ${value} million in 2025.\n`;
  it('is read as the one entity of the heading when the sentence names no one', () => {
    assert.deepEqual(seen('health', heading('Northern Genomic Medicine Institute', '15.7'), ['dataset-value']), [['dataset-value', 'USD 15.7 million']]);
    assert.deepEqual(seen('health', heading('Northern Genomic Medicine Institute', '18.4'), ['dataset-value']), []);
  });
  it('is not read when the heading names two entities', () => {
    assert.deepEqual(seen('health', heading('Northern Genomic Medicine Institute and Andean Vaccine Institute', '15.7'), ['dataset-value']), []);
  });
  it('is read as the one entity of the title when the sentence names no one else ("The network")', () => {
    const text = (value: string) => `# Rede Mondego\n\n- The network recorded ${value} thousand visits in 2024, more than before the pandemic.\n`;
    assert.deepEqual(seen('libraries', text('574'), ['dataset-value']), [['dataset-value', '574 thousand']]);
    assert.deepEqual(seen('libraries', text('600'), ['dataset-value']), []);
  });
});
