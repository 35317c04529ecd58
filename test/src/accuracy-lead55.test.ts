// Readings added in round 55's session: false readings or general forms of planted errors missed on the dev split
// (round 54's dev half, read this session), each with a twin. Datasets: eval/domains and samples/dataset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seenIn } from './helpers.js';

const seen = seenIn;

// Bikeshare: bikes in service 2024 Tampere 850, Graz 1,310; trips 2024 (thousand) Tampere 2,267.
describe('a name that classifies one unit ("a Tampere bike")', () => {
  it('is not the subject of the figure per unit after it, nor of one before it', () => {
    const text = 'A DonauRad bike made about 1,423 trips in 2024; a Tampere bike made 2,667, and a Graz bike 2,357.\n';
    assert.deepEqual(seen('bikeshare', text, ['dataset-value']), []);
    assert.deepEqual(seen('bikeshare', 'Each Tampere bike made 2,667 trips in 2024.\n', ['dataset-value']), []);
  });
  it('leaves the party’s own figure read, also when a value noun follows the name', () => {
    assert.deepEqual(seen('bikeshare', 'Tampere had 2,667 thousand trips in 2024.\n', ['dataset-value']), [['dataset-value', '2,667 thousand']]);
    assert.deepEqual(seen('bikeshare', 'Tampere had 950 bikes in service in 2024.\n', ['dataset-value']), [['dataset-value', '950']]);
    assert.deepEqual(seen('bikeshare', 'In 2024 trips reached a Tampere total of 2,667 thousand.\n', ['dataset-value']), [['dataset-value', '2,667 thousand']]);
  });
});

// Museums: Porto admissions revenue €2.9 million (2016) → €5.7 million (2025): +96.6%.
describe('a change after a semicolon that restates the part before it "over the period"', () => {
  const text = (subject: string, change: string) => `Admissions revenue at the Porto museum reached €5.7 million in 2025, against €2.9 million in 2016; ${subject} rose ${change} over the period.\n`;
  it('is read against the two figures before the semicolon', () => {
    assert.deepEqual(seen('museums', text('revenue', '49.1%'), ['percent-change']), [['percent-change', '49.1%']]);
    assert.deepEqual(seen('museums', text('revenue', '96.6%'), ['percent-change']), []);
  });
  it('is not read when its subject is a word the part before does not name', () => {
    assert.deepEqual(seen('museums', text('visits', '49.1%'), ['percent-change']), []);
  });
});

// Ski: Lärchkogel skier days (thousand) 1,055 (2019) → 1,015 (2024): −3.8%; Brandjoch 654 (2024).
describe('a change the dataset’s endpoints check, in one part of a sentence a semicolon joins', () => {
  const text = (verb: string) => `Lärchkogel's skier days ${verb} 3.8% between 2019 and 2024, to 1,015 thousand, which keeps it third among the eight; Brandjoch, at 654 thousand, is fifth.\n`;
  it('is read in its own part, an ordinal of that part aside', () => {
    assert.deepEqual(seen('ski', text('rose'), ['percent-change']), [['percent-change', '3.8%']]);
    assert.deepEqual(seen('ski', text('fell'), ['percent-change']), []);
  });
});

// Breweries: Hautmarais medals won 2015 3, 2024 9.
describe('a count whose noun a word of a kind qualifies ("3 gold medals")', () => {
  it('counts a part of the measure, not the measure', () => {
    assert.deepEqual(seen('breweries', 'In 2024 Hautmarais won 3 gold medals at the European Beer Star.\n', ['dataset-value']), []);
  });
  it('leaves the measure’s own noun read', () => {
    assert.deepEqual(seen('breweries', 'In 2024 Hautmarais won 3 medals.\n', ['dataset-value']), [['dataset-value', '3']]);
    assert.deepEqual(seen('breweries', 'In 2024 Hautmarais won 3 recognised medals.\n', ['dataset-value']), [['dataset-value', '3']]);
  });
});
