// Round 8 of the parts readings (issue #8): totals, shares and GRIM tests on phrasings of drafts by other authors, each
// with look-alikes that must stay silent. Made-up glacier observatories, so no sentence is a corpus sentence.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings } from './helpers.js';

const grants = (entity: string, from: number, values: number[]) => values.map((value, i) => ({ entity, metric: 'external-grants', year: from + i, value, source: 'glacier-annex' }));

const dataset = datasetOf({
  'glaciers.json': {
    sources: [{ id: 'glacier-annex', title: 'Nordic Glacier Observatories Annex', publisher: 'Made-up Cryosphere Board', year: 2026 }],
    entities: [
      { id: 'fgo', name: 'Fjellstad Glacier Observatory', aliases: ['FGO'], kind: 'research-institute' },
      { id: 'hro', name: 'Hallin Ridge Observatory', aliases: ['HRO'], kind: 'research-institute' },
    ],
    metrics: [{ id: 'external-grants', label: 'External research grants received', unit: 'currency', currency: 'EUR', scale: 'million', phrases: ['external grants', 'grants'] }],
    observations: [
      // FGO: 4.4 over 2016–2020, 11.0 over 2021–2025.
      ...grants('fgo', 2016, [0.6, 0.7, 0.9, 1.0, 1.2, 1.8, 2.0, 2.2, 2.4, 2.6]),
      // HRO's 2018 value is 5.4: a coincidence a period figure of FGO must not be taken for.
      ...grants('hro', 2016, [4.9, 5.1, 5.4, 5.0, 5.2, 5.5, 5.6, 5.8, 6.0, 6.1]),
    ],
  },
});
const engine = createEngine({ dataset });
const totals = (text: string) => seenFindings(engine, text, new Set(['total']));

describe('total: the second figure of a pair of periods ("…, against $5.4 million over 2016–2020")', () => {
  it('is the same entity’s flow over its own period, summed from the yearly facts (a suggestion)', () => {
    assert.deepEqual(totals('# FGO\n\nOver 2021–2025 the observatory secured EUR 11.0 million in grants, against EUR 5.4 million over 2016–2020.\n'), [
      { rule: 'total', stated: 'EUR 5.4 million', suggestion: 'EUR 4.4 million' },
    ]);
    assert.deepEqual(totals('Between 2021 and 2025 FGO received EUR 11.0 million in external grants, compared with EUR 5.4 million in 2016–20.\n'), [
      { rule: 'total', stated: 'EUR 5.4 million', suggestion: 'EUR 4.4 million' },
    ]);
    assert.deepEqual(totals('FGO received EUR 11.0 million in external grants in 2021–2025, against EUR 5.4 million in 2016–2020.\n'), [
      { rule: 'total', stated: 'EUR 5.4 million', suggestion: 'EUR 4.4 million' },
    ]);
  });

  it('stays silent when the figure adds up, names another measure, another owner or a yearly average', () => {
    assert.deepEqual(totals('Over 2021–2025 FGO secured EUR 11.0 million in grants, against EUR 4.4 million over 2016–2020.\n'), []);
    assert.deepEqual(totals('Over 2021–2025 FGO secured EUR 11.0 million in grants, against EUR 5.4 million in contracts over 2016–2020.\n'), []);
    assert.deepEqual(totals('Over 2021–2025 FGO secured EUR 11.0 million in grants, against HRO’s EUR 5.4 million over 2016–2020.\n'), []);
    assert.deepEqual(totals('Over 2021–2025 FGO secured EUR 11.0 million in grants, against an average of EUR 1.4 million a year over 2016–2020.\n'), []);
    assert.deepEqual(totals('Over 2021–2025 FGO and HRO together secured EUR 11.0 million in grants, against EUR 5.4 million over 2016–2020.\n'), []);
  });

  it('pairs a period only with a period, and needs its subject named or referred to', () => {
    // A year after a period: another kind of time, not read as the pair's.
    assert.deepEqual(totals('Over 2021–2025 FGO secured EUR 11.0 million in grants, against EUR 5.4 million in 2019.\n'), []);
    // No subject in the sentence: the figures may be anyone's.
    assert.deepEqual(totals('Over 2021–2025 donors paid EUR 11.0 million in grants, against EUR 5.4 million over 2016–2020.\n'), []);
  });
});

const grim = (text: string) => seenFindings(engine, text, new Set(['granularity'])).map((f) => f.stated);

describe('granularity: wholes the GRIM test reads in more phrasings', () => {
  it('reads a whole opening the sentence after a paragraph number, with a year or "with" after it, or a reporting clause', () => {
    assert.deepEqual(grim('Of those 17 observers in 2024, the station says that 40% were volunteers.\n'), ['40%']);
    assert.deepEqual(grim('Among the 9 stations with a heated mast, 50% reported icing.\n'), ['50%']);
    assert.deepEqual(grim('2.4 Of the thirteen sites in the survey, 20% lacked a backup logger.\n'), ['20%']);
  });

  it('stays silent when the percent is possible, estimated or of another whole', () => {
    assert.deepEqual(grim('Of those 20 observers in 2024, the station says that 40% were volunteers.\n'), []);
    assert.deepEqual(grim('Of those 17 observers in 2024, the station estimates that 40% were volunteers.\n'), []);
    assert.deepEqual(grim('Of those 17 observers in 2024, 2 left, and 40% of the budget went on travel.\n'), []);
  });

  it('reads "x% of them" against the one exact count before it in the sentence', () => {
    assert.deepEqual(grim('The board reviewed 13 proposals from the two observatories; 40% of them were funded.\n'), ['40%']);
    assert.deepEqual(grim('1.2 The board reviewed 13 proposals; 40% of them were funded.\n'), ['40%']);
  });

  it('leaves "x% of them" alone when the count is hedged, the percent hedged, two counts stand before, or another whole fits', () => {
    assert.deepEqual(grim('The board reviewed about 13 proposals; 40% of them were funded.\n'), []);
    assert.deepEqual(grim('The board reviewed 13 proposals; about 40% of them were funded.\n'), []);
    assert.deepEqual(grim('The board reviewed 13 proposals and 250 reports; 40% of them were late.\n'), []);
    assert.deepEqual(grim('The board reviewed 13 proposals from the five observatories; 40% of them were funded.\n'), []);
    assert.deepEqual(grim('The board reviewed 15 proposals; 40% of them were funded.\n'), []);
  });

  it('finds "half of" an odd count, and nothing in a hedged half, an even count, a measure or what the things have', () => {
    assert.deepEqual(grim('The survey says half of FGO’s 27 stations were rebuilt after the storms.\n'), ['half']);
    assert.deepEqual(grim('Half of the 13 masts were replaced.\n'), ['Half']);
    assert.deepEqual(grim('Nearly half of FGO’s 27 stations were rebuilt.\n'), []);
    assert.deepEqual(grim('More than half of the 13 masts were replaced.\n'), []);
    assert.deepEqual(grim('Half of FGO’s 28 stations were rebuilt.\n'), []);
    assert.deepEqual(grim('Half of the 27 years were warmer than the mean.\n'), []);
    assert.deepEqual(grim('Half of the 27 stations’ budget went on fuel.\n'), []);
  });
});
