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
      { id: 'sko', name: 'Skarvik Observatory', aliases: ['SKO'], kind: 'research-institute' },
    ],
    metrics: [
      { id: 'external-grants', label: 'External research grants received', unit: 'currency', currency: 'EUR', scale: 'million', phrases: ['external grants', 'grants'] },
      { id: 'ice-cores', label: 'Ice cores drilled', unit: 'count', phrases: ['ice cores drilled', 'ice cores'] },
    ],
    observations: [
      // Ice cores 2024 / 2025: FGO 18 / 20, HRO 22 / 25, SKO 14 / 15 (all three: 54 / 60).
      ...[['fgo', 18, 20], ['hro', 22, 25], ['sko', 14, 15]].flatMap(([entity, a, b]) => [2024, 2025].map((year, i) => ({ entity, metric: 'ice-cores', year, value: i === 0 ? a : b, source: 'glacier-annex' }))),
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

describe('total: members named one by one, summed from the dataset (acc-parts8)', () => {
  it('takes "that year" from the one year of the sentence before', () => {
    const text = (stated: number, before = 'In 2025 the three observatories drilled 60 ice cores.') => `${before} The two largest drillers of that year, FGO and HRO, drilled ${stated} ice cores between them.\n`;
    assert.deepEqual(totals(text(50)), [{ rule: 'total', stated: '50', suggestion: '45' }]);
    assert.deepEqual(totals(text(45)), []);
    // Two years before: "that year" is not certain.
    assert.deepEqual(totals(text(50, 'In 2024 and 2025 the observatories drilled 114 ice cores.')), []);
    // No sentence before in the paragraph.
    assert.deepEqual(totals('In 2025 the three observatories drilled 60 ice cores.\n\nThe two largest drillers of that year, FGO and HRO, drilled 50 ice cores between them.\n'), []);
    // "A year later" counts from it.
    assert.deepEqual(totals('In 2024 the three observatories drilled 54 ice cores. A year later FGO and HRO drilled 40 ice cores between them.\n'), [{ rule: 'total', stated: '40', suggestion: '45' }]);
  });

  it('reads the measure from the head noun after the figure when the section named it in full before', () => {
    assert.deepEqual(totals('## Cores\n\n- In 2025 the observatories drilled 60 ice cores.\n- FGO and HRO together drilled 50 cores in 2025.\n'), [{ rule: 'total', stated: '50', suggestion: '45' }]);
    assert.deepEqual(totals('## Cores\n\n- In 2025 the observatories drilled 60 ice cores.\n- FGO and HRO together drilled 45 cores in 2025.\n'), []);
    // Not named before, or named in another section: "cores" may be anything.
    assert.deepEqual(totals('## Cores\n\nFGO and HRO together drilled 50 cores in 2025.\n'), []);
    assert.deepEqual(totals('## Drilling\n\nIn 2025 the observatories drilled 60 ice cores.\n\n## Shared work\n\nFGO and HRO together drilled 50 cores in 2025.\n'), []);
    // Another noun than the measure's.
    assert.deepEqual(totals('## Cores\n\n- In 2025 the observatories drilled 60 ice cores.\n- FGO and HRO together ran 50 drills in 2025.\n'), []);
  });
});

const shares = (text: string) => seenFindings(engine, text, new Set(['share']));

describe('share: a part of a whole stated a clause or a sentence before (acc-parts8)', () => {
  it('reads "N of them" opening a sentence against the one "P of W" of the sentence before (a suggestion)', () => {
    assert.deepEqual(shares('At FGO the ice team is on 202 of the observatory’s 428 field reports, or 47.2%. The snow team follows with 99 of them, 28.1%.\n'), [
      { rule: 'share', stated: '28.1%', suggestion: '23.1%' },
    ]);
    assert.deepEqual(shares('At FGO the ice team is on 202 of the observatory’s 428 field reports, or 47.2%. The snow team follows with 99 of them, 23.1%.\n'), []);
  });

  it('leaves "N of them" alone after two pairs, a hedged whole, or in a new paragraph', () => {
    assert.deepEqual(shares('The ice team is on 202 of 428 reports and 30 of 60 logs. The snow team follows with 99 of them, 28.1%.\n'), []);
    assert.deepEqual(shares('The ice team is on 202 of about 428 reports. The snow team follows with 99 of them, 28.1%.\n'), []);
    assert.deepEqual(shares('The ice team is on 202 of 428 reports.\n\nThe snow team follows with 99 of them, 28.1%.\n'), []);
  });

  it('reads the next parts of "W, of which A on P (S%)" with their own shares', () => {
    assert.deepEqual(shares('The archive held 1,773 cores, of which the ice team worked on 1,217 (68.6%) and the snow team on 1,210, or 62.2%.\n'), [
      { rule: 'share', stated: '62.2%', suggestion: '68.2%' },
    ]);
    assert.deepEqual(shares('The archive held 1,773 cores, of which the ice team worked on 1,217 (68.6%) and the snow team on 1,210, or 68.2%.\n'), []);
  });

  it('stays silent when the figure after "of which" is a change or the next figure stands in another clause', () => {
    assert.deepEqual(shares('The archive held 1,773 cores, of which the ice team grew by 1,217 (60.0%).\n'), []);
    assert.deepEqual(shares('The archive held 1,773 cores, of which the ice team worked on 1,217 (68.6%); the station also lost 1,210, or 62.2%.\n'), []);
  });
});

describe('share: a table column headed "% of the … total" holds percents (acc-parts8)', () => {
  const table = (header: string, last = '| All three | 100.0 | 100.0 |') =>
    `| Observatory | Budget 2024 | ${header} |\n| --- | ---: | ---: |\n| FGO | 52.0 | 52.0 |\n| HRO | 31.0 | 36.0 |\n| SKO | 17.0 | 17.0 |\n${last}\n`;
  // (One row wrong of three: a whole that most rows disagree with is not theirs, share.ts.)
  it('checks each row against the Total row', () => {
    assert.deepEqual(shares(table('% of the three-observatory total')).map((f) => f.stated), ['36.0']);
  });
  it('leaves a column of changes, or of a share of something else without a whole of 100, alone', () => {
    assert.deepEqual(shares(table('% change on 2023')), []);
    assert.deepEqual(shares(table('% of GDP', '| All three | 100.0 | 9.0 |')), []);
  });
});

const breakdowns = (text: string) => seenFindings(engine, text, new Set(['breakdown-sum'])).map((f) => f.stated);

describe('breakdown-sum: splits said in more words (acc-parts8)', () => {
  it('reads a list after "… splits as follows:" and a "funding mix" after a colon', () => {
    assert.deepEqual(breakdowns('The 2025 income of FGO splits as follows:\n\n- core funding, 40.0%;\n- grants, 30.0%;\n- contracts, 35.0%.\n'), ['40.0%']);
    assert.deepEqual(breakdowns('The funding mix is lopsided at FGO: core funding 60.0%, grants 30.0% and contracts 14.0%.\n'), ['14.0%']);
  });
  it('stays silent when the shares add up, or the list or mix is not said to split one whole', () => {
    assert.deepEqual(breakdowns('The 2025 income of FGO splits as follows:\n\n- core funding, 40.0%;\n- grants, 30.0%;\n- contracts, 30.0%.\n'), []);
    assert.deepEqual(breakdowns('The 2025 lines at FGO:\n\n- core funding, 40.0%;\n- grants, 30.0%;\n- contracts, 35.0%.\n'), []);
    assert.deepEqual(breakdowns('The partner mix is broad at FGO: Norway 60.0%, Sweden 30.0% and Finland 14.0%.\n'), []);
  });
});

describe('share: rows named together with the sum word after their figure (acc-parts8)', () => {
  const table = '| Observatory | Ice cores 2025 |\n| --- | ---: |\n| FGO | 20 |\n| HRO | 25 |\n| SKO | 15 |\n| Total | 60 |\n\n';
  it('reads "A and B, drilled 45 cores between them, x% of the total" against the Total row', () => {
    assert.deepEqual(shares(`${table}The two largest, FGO and HRO, drilled 45 cores between them, 80.0% of the total.\n`).map((f) => [f.stated, f.suggestion ?? f.fix]), [['80.0%', '75.0%']]);
    assert.deepEqual(shares(`${table}The two largest, FGO and HRO, drilled 45 cores between them, 75.0% of the total.\n`), []);
  });
  it('stays silent without a sum word, or with the share of something else', () => {
    assert.deepEqual(shares(`${table}FGO and HRO drilled 45 cores, 80.0% of the total.\n`), []);
    assert.deepEqual(shares(`${table}The two largest, FGO and HRO, drilled 45 cores between them, 80.0% of them in winter.\n`), []);
  });
});

describe('share: "the 497 co-signed reports represent 74.0% of its output" after "776 … in all" (acc-parts8)', () => {
  it('reads the output a sentence says was produced, and a unit a word or two after the part', () => {
    assert.deepEqual(shares('Over 2021–2025 FGO filed 776 field reports in all, so the 497 co-signed reports represent 74.0% of its output.\n').map((f) => [f.stated, f.suggestion ?? f.fix]), [['74.0%', '64.0%']]);
    assert.deepEqual(shares('Over 2021–2025 FGO filed 776 field reports in all. The 497 co-signed reports represent 74.0% of the total.\n').map((f) => f.stated), ['74.0%']);
    assert.deepEqual(shares('Over 2021–2025 FGO filed 776 field reports in all, so the 497 co-signed reports represent 64.0% of its output.\n'), []);
  });
  it('stays silent on the output of a count that was not produced, another unit, or a hedged whole', () => {
    assert.deepEqual(shares('FGO counted 776 visitors in all, so the 497 local visitors represent 74.0% of its output.\n'), []);
    assert.deepEqual(shares('FGO filed 776 field reports in all, so the 497 co-signed memos represent 74.0% of the total.\n'), []);
    assert.deepEqual(shares('FGO filed about 776 field reports in all, so the 497 co-signed reports represent 74.0% of its output.\n'), []);
  });
});

describe('share: "of the regional total" against the Total row of a year-column table above in the section (acc-parts8)', () => {
  const table = '## Cores\n\n| Ice cores | 2024 | 2025 |\n| --- | ---: | ---: |\n| FGO | 18 | 20 |\n| HRO | 22 | 25 |\n| SKO | 14 | 15 |\n| All three | 54 | 60 |\n\n';
  it('takes the cell under the sentence’s one year (a suggestion)', () => {
    assert.deepEqual(shares(`${table}SKO, the smallest, drilled 15 in 2025 — 30.0% of the regional total.\n`).map((f) => [f.stated, f.suggestion ?? f.fix]), [['30.0%', '25.0%']]);
    assert.deepEqual(shares(`${table}SKO’s 15 cores were 30.0% of the 2025 total.\n`).map((f) => f.stated), ['30.0%']);
    assert.deepEqual(shares(`${table}SKO, the smallest, drilled 15 in 2025 — 25.0% of the regional total.\n`), []);
  });
  it('stays silent for a year the table lacks, a sentence with no year or two, or a table in another section', () => {
    assert.deepEqual(shares(`${table}SKO, the smallest, drilled 15 in 2023 — 30.0% of the regional total.\n`), []);
    assert.deepEqual(shares(`${table}SKO, the smallest, drilled 15 — 30.0% of the regional total.\n`), []);
    assert.deepEqual(shares(`${table}SKO, the smallest, drilled 15 in 2025 — 30.0% of the regional total, against 14 in 2024.\n`), []);
    assert.deepEqual(shares(`${table}## Later\n\nSKO, the smallest, drilled 15 in 2025 — 30.0% of the regional total.\n`), []);
  });
});
