// Round 10 of the shares and totals readings (issue #8): fraction words held at their own precision, parts named in
// brackets, a share's amount in brackets after it, and the look-alikes that must stay silent. Made-up ferries, clinics,
// orchards and libraries, so no sentence is a corpus sentence.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine, loadDataset } from 'factlint';
import { datasetOf, seenFindings } from './helpers.js';

const engine = createEngine({ dataset: loadDataset([]).dataset });
const shares = (text: string) => seenFindings(engine, text, new Set(['share'])).map((f) => [f.stated, f.fix ?? f.suggestion ?? null]);

describe('share: fraction words at their own precision', () => {
  it('tells "a third" from "a quarter", with or without "about", also at the end of the clause', () => {
    assert.deepEqual(shares('The ferry line carried 108 of the 428 cars, about a third.\n'), [['a third', null]]);
    assert.deepEqual(shares('The clinic saw 108 of the 428 patients (a third).\n'), [['a third', null]]);
    assert.deepEqual(shares('The orchard lost 108 of its 428 trees, a third of them, in the storm.\n'), [['a third', null]]);
    assert.deepEqual(shares('The library lent 150 of its 428 atlases, about a quarter.\n'), [['a quarter', null]]);
    assert.deepEqual(shares('The library lent 330 of its 428 atlases, about two-thirds of the stock.\n'), [['two-thirds', null]]);
  });

  it('stays silent when the fraction holds at its precision, or is a bound that holds', () => {
    assert.deepEqual(shares('The ferry line carried 108 of the 428 cars, about a quarter.\n'), []);
    assert.deepEqual(shares('The ferry line carried 130 of the 428 cars, about a third.\n'), []);
    assert.deepEqual(shares('The clinic saw 160 of the 428 patients, about a third.\n'), []);
    assert.deepEqual(shares('The orchard lost 230 of its 428 trees, more than half.\n'), []);
    assert.deepEqual(shares('The orchard lost 300 of its 428 trees, more than half.\n'), []);
    assert.deepEqual(shares('The orchard lost 200 of its 428 trees, nearly half.\n'), []);
    assert.deepEqual(shares('The orchard lost 100 of its 428 trees, under a third.\n'), []);
    assert.deepEqual(shares('The orchard lost 20 of its 428 trees, under a third.\n'), []);
  });

  it('reads a bound: "more than half" below half, "under a third" above it, "nearly a quarter" above a quarter', () => {
    assert.deepEqual(shares('The orchard lost 200 of its 428 trees, more than half.\n'), [['half', null]]);
    assert.deepEqual(shares('The orchard lost 160 of its 428 trees, under a third.\n'), [['a third', null]]);
    assert.deepEqual(shares('The orchard lost 130 of its 428 trees, nearly a quarter.\n'), [['a quarter', null]]);
  });

  it('takes no ordinal or time for a fraction: "a third place", "added a third", "the second half"', () => {
    assert.deepEqual(shares('Of the 428 cars, the ferry line carried 108 and took a third place in the ranking.\n'), []);
    assert.deepEqual(shares('The clinic saw 108 of the 428 patients; the 2025 survey added a third.\n'), []);
    assert.deepEqual(shares('The library lent 108 of its 428 atlases in the second half.\n'), []);
    assert.deepEqual(shares('The library lent 108 of its 428 atlases, and a third went to schools.\n'), []);
  });
});

const totals = (text: string) => seenFindings(engine, text, new Set(['total'])).map((f) => [f.stated, f.fix ?? f.suggestion ?? null]);

describe('total: parts named in brackets', () => {
  it('adds parts each followed by its name in brackets', () => {
    assert.deepEqual(totals('The two ferry companies had budgets of EUR 96.3 million (Nordlink) and EUR 15.2 million (Baltline), EUR 121.5 million in all.\n'), [['EUR 121.5 million', 'EUR 111.5 million']]);
    assert.deepEqual(totals('The clinics treated 4,120 (north), 2,310 (south) and 980 (islands) patients, a total of 7,610.\n'), [['7,610', '7,410']]);
    assert.deepEqual(totals('The orchards planted 1,200 (Elm Farm) and 800 (Ash Farm) trees, 2,000 altogether.\n'), []);
  });

  it('stays silent when the bracket makes a part a subset, a change or a rate, or hedges it', () => {
    assert.deepEqual(totals('The clinics treated 4,120 patients (of which children) and 2,310 adults, a total of 7,610.\n'), []);
    assert.deepEqual(totals('The clinics treated 4,120 (up from last year) and 2,310 (south) patients, a total of 7,610.\n'), []);
    assert.deepEqual(totals('The clinics treated 4,120 (about) and 2,310 (south) patients, a total of 7,610.\n'), []);
    assert.deepEqual(totals('The libraries lent 4,120 (per branch) and 2,310 (south) books, a total of 7,610.\n'), []);
    assert.deepEqual(totals('The clinics treated 4,120 (both sites) and 2,310 (south) patients, a total of 7,610.\n'), []);
  });
});

describe('share: its amount in brackets after it', () => {
  it('reads "S% (P)" of a total stated before, of "the W" after, or of an opening "Of the W"', () => {
    assert.deepEqual(shares('The five ferry lines earned EUR 71.6 million in all in 2024. Nordlink took 45.2% (about EUR 29.5 million).\n'), [['45.2%', '41.2%']]);
    assert.deepEqual(shares('The five ferry lines earned a combined EUR 71.6 million in 2024, and Nordlink took 45.2% (EUR 29.5 million).\n'), [['45.2%', '41.2%']]);
    assert.deepEqual(shares('The five ferry lines earned a combined EUR 71.6 million in 2024, and Nordlink took 45.2% (EUR 29.5 million) of it.\n'), [['45.2%', '41.2%']]);
    assert.deepEqual(shares('Nordlink took 45.2% (EUR 29.5 million) of the EUR 71.6 million the five lines earned in 2024.\n'), [['45.2%', '41.2%']]);
    assert.deepEqual(shares('Of the EUR 71.6 million the five lines earned in 2024, Nordlink took 45.2% (EUR 29.5 million).\n'), [['45.2%', '41.2%']]);
    assert.deepEqual(shares('The clinics saw 4,000 patients in all in 2024. The north clinic received 35% (1,200).\n'), [['35%', '30%']]);
  });

  it('stays silent on a right share, a rough amount within its rounding, and a share of another whole', () => {
    assert.deepEqual(shares('The five ferry lines earned EUR 71.6 million in all in 2024. Nordlink took 41.2% (about EUR 29.5 million).\n'), []);
    assert.deepEqual(shares('The five ferry lines earned EUR 71.6 million in all in 2024. Nordlink took 41.7% (about EUR 29.5 million).\n'), []);
    // Its own budget, another whole named after the bracket, another year, another currency, a whole that is no total.
    assert.deepEqual(shares('The five ferry lines earned a combined EUR 71.6 million in 2024. Nordlink spent 45.2% (EUR 29.5 million) on fuel.\n'), []);
    assert.deepEqual(shares('The five ferry lines earned a combined EUR 71.6 million in 2024. Nordlink took 45.2% (EUR 29.5 million) of the grants.\n'), []);
    assert.deepEqual(shares('The five ferry lines earned a combined EUR 71.6 million in 2024. In 2020 Nordlink took 45.2% (EUR 29.5 million).\n'), []);
    assert.deepEqual(shares('The five ferry lines earned a combined USD 71.6 million in 2024. Nordlink took 45.2% (EUR 29.5 million).\n'), []);
    assert.deepEqual(shares('Baltline earned EUR 71.6 million in 2024. Nordlink took 45.2% (EUR 29.5 million).\n'), []);
    assert.deepEqual(shares('Nordlink took 45.2% (EUR 29.5 million) more than the EUR 71.6 million of 2020.\n'), []);
    assert.deepEqual(shares('Of the EUR 71.6 million the five lines earned in 2024, Nordlink spent 45.2% (EUR 29.5 million) on fuel.\n'), []);
  });
});

// Three made-up ferry operators with their sailings (2024 / 2025: 1,200 / 1,300, 900 / 950, 400 / 450; all three 2,500 / 2,700).
const ferries = createEngine({
  dataset: datasetOf({
    'ferries.json': {
      sources: [{ id: 'ferry-annex', title: 'Made-up Ferry Operators Annex', publisher: 'Made-up Harbour Board', year: 2026 }],
      entities: [
        { id: 'nordlink', name: 'Nordlink Ferries', aliases: ['Nordlink'], kind: 'organisation' },
        { id: 'baltline', name: 'Baltline', aliases: ['Baltline'], kind: 'organisation' },
        { id: 'skerry', name: 'Skerry Boats', aliases: ['Skerry'], kind: 'organisation' },
      ],
      metrics: [{ id: 'sailings', label: 'Scheduled sailings', unit: 'count', phrases: ['sailings', 'scheduled sailings'] }],
      observations: [['nordlink', 1200, 1300], ['baltline', 900, 950], ['skerry', 400, 450]].flatMap(([entity, a, b]) => [2024, 2025].map((year, i) => ({ entity, metric: 'sailings', year, value: i === 0 ? a : b, source: 'ferry-annex' }))),
    },
  }),
});
const ferryTotals = (text: string) => seenFindings(ferries, text, new Set(['total'])).map((f) => [f.stated, f.fix ?? f.suggestion ?? null]);

describe('total: a group of operators, utilities or networks the dataset holds in full', () => {
  it('sums "the three operators" for the year, as it does "the three institutes"', () => {
    assert.deepEqual(ferryTotals('In 2025 the three operators ran a combined 2,900 sailings.\n'), [['2,900', '2,700']]);
    assert.deepEqual(ferryTotals('The three ferry operators ran 2,400 sailings in 2024.\n'), [['2,400', '2,500']]);
  });

  it('stays silent on a right sum, another size, a subset and another year', () => {
    assert.deepEqual(ferryTotals('In 2025 the three operators ran a combined 2,700 sailings.\n'), []);
    assert.deepEqual(ferryTotals('In 2025 the two operators ran a combined 2,250 sailings.\n'), []);
    assert.deepEqual(ferryTotals('In 2025 the two largest operators ran a combined 2,900 sailings.\n'), []);
    assert.deepEqual(ferryTotals('In 2023 the three operators ran a combined 2,900 sailings.\n'), []);
    // A counterfactual states what did not happen.
    assert.deepEqual(ferryTotals('Had Skerry kept its 2024 timetable, the three operators would have run 2,650 sailings in 2025.\n'), []);
  });
});

const ferryShares = (text: string) => seenFindings(ferries, text, new Set(['share'])).map((f) => [f.stated, f.fix ?? f.suggestion ?? null]);

describe('share: "of the regional figure", "of all <measure> that year" after a sentence naming the group', () => {
  it('takes the dataset’s sum for the group named just before', () => {
    assert.deepEqual(ferryShares('In 2025 the three operators ran 2,700 sailings. Nordlink’s 1,300 sailings were 52.0% of the regional figure.\n'), [['52.0%', '48.1%']]);
    assert.deepEqual(ferryShares('In 2025 the three operators ran 2,700 sailings. Nordlink ran 1,300, or 52.0% of all sailings that year.\n'), [['52.0%', '48.1%']]);
  });

  it('stays silent on a right share, another measure, another year and no group before', () => {
    assert.deepEqual(ferryShares('In 2025 the three operators ran 2,700 sailings. Nordlink’s 1,300 sailings were 48.1% of the regional figure.\n'), []);
    assert.deepEqual(ferryShares('In 2025 the three operators ran 2,700 sailings. Nordlink ran 1,300, or 52.0% of all crossings by ferry in Europe.\n'), []);
    assert.deepEqual(ferryShares('In 2025 the three operators ran 2,700 sailings. Nordlink’s 1,300 sailings were 52.0% of the regional fleet.\n'), []);
    assert.deepEqual(ferryShares('Nordlink’s 1,300 sailings in 2025 were 52.0% of the regional figure.\n'), []);
    assert.deepEqual(ferryShares('In 2025 the three operators ran 2,700 sailings. In 2024 Nordlink’s 1,200 sailings were 48.0% of the regional figure.\n'), []);
  });
});

describe('total: a bulleted list whose lead-in states the total', () => {
  it('sums the items against the one figure of a lead-in with a total word or a group of their number', () => {
    assert.deepEqual(totals('The three clinics treated 7,610 patients in 2024:\n\n- North: 4,120 patients\n- South: 2,310 patients\n- Islands: 980 patients\n'), [['7,610', '7,410']]);
    assert.deepEqual(totals('In 2024 the ferry lines earned a combined EUR 121.5 million:\n\n- Nordlink: EUR 96.3 million\n- Baltline: EUR 15.2 million\n'), [['EUR 121.5 million', 'EUR 111.5 million']]);
    assert.deepEqual(totals('The library’s 2,000 loans of 2024 split as follows:\n\n- atlases: 1,200\n- novels: 900\n'), [['2,000', '2,100']]);
  });

  it('stays silent on a right sum, a selection, more items than the group, changes, bounds, other years and overlaps', () => {
    assert.deepEqual(totals('The three clinics treated 7,410 patients in 2024:\n\n- North: 4,120 patients\n- South: 2,310 patients\n- Islands: 980 patients\n'), []);
    assert.deepEqual(totals('The five clinics treated 7,610 patients in 2024, including:\n\n- North: 4,120 patients\n- South: 2,310 patients\n- Islands: 980 patients\n'), []);
    assert.deepEqual(totals('The five clinics treated 7,610 patients in 2024:\n\n- North: 4,120 patients\n- South: 2,310 patients\n- Islands: 980 patients\n'), []);
    assert.deepEqual(totals('The largest clinics treated 7,610 patients in 2024:\n\n- North: 4,120 patients\n- South: 2,310 patients\n- Islands: 980 patients\n'), []);
    assert.deepEqual(totals('Patient numbers at the three clinics rose by 7,610 in 2024:\n\n- North: up 4,120\n- South: up 2,310\n- Islands: up 980\n'), []);
    assert.deepEqual(totals('The three clinics treated 7,610 patients in 2024:\n\n- North: over 4,120 patients\n- South: 2,310 patients\n- Islands: 980 patients\n'), []);
    assert.deepEqual(totals('The three clinics treated 7,610 patients in 2024:\n\n- North: 4,120 patients in 2020\n- South: 2,310 patients\n- Islands: 980 patients\n'), []);
    assert.deepEqual(totals('The three clinics treated about 7,600 patients in 2024:\n\n- North: 4,120 patients\n- South: 2,310 patients\n- Islands: 980 patients\n'), []);
    assert.deepEqual(totals('The three clinics treated 7,610 patients in 2024; many were seen at more than one clinic, so the counts overlap:\n\n- North: 4,120 patients\n- South: 2,310 patients\n- Islands: 980 patients\n'), []);
    assert.deepEqual(totals('The three clinics treated 7,610 patients in 2024. Their staff:\n\n- North: 412 nurses\n- South: 231 nurses\n- Islands: 98 nurses\n'), []);
  });
});

describe('share: parts and shares paired by "respectively"', () => {
  it('pairs each part with its share of the one whole', () => {
    assert.deepEqual(shares('The north and south clinics saw 638 and 63 patients respectively in 2024, 72.7% and 7.0% of the 902 seen by the three.\n'), [['72.7%', '70.7%']]);
    assert.deepEqual(shares('Of the 902 loans, atlases and novels made up 638 and 63 respectively (70.7% and 9.0%).\n'), [['9.0%', '7.0%']]);
    assert.deepEqual(shares('Nordlink and Baltline earned EUR 29.5 million and EUR 12.0 million respectively, 45.2% and 16.8% of the EUR 71.6 million the five lines earned.\n'), [['45.2%', '41.2%']]);
  });

  it('stays silent on right shares, changes, two wholes, no whole, unequal lists and another measure', () => {
    assert.deepEqual(shares('The north and south clinics saw 638 and 63 patients respectively in 2024, 70.7% and 7.0% of the 902 seen by the three.\n'), []);
    assert.deepEqual(shares('The north and south clinics saw 638 and 63 patients in 2024, up 72.7% and 7.0% respectively on the 902 of 2020.\n'), []);
    assert.deepEqual(shares('The north and south clinics saw 638 and 63 patients respectively, 72.7% and 7.0% of their 902 and 428 beds.\n'), []);
    assert.deepEqual(shares('The north and south clinics saw 638 and 63 patients respectively, 72.7% and 7.0% of their capacity.\n'), []);
    assert.deepEqual(shares('The north, south and island clinics saw 638, 63 and 20 patients respectively, 72.7% and 7.0% of the 902 seen.\n'), []);
    assert.deepEqual(shares('The north and south clinics saw 638 and 63 patients respectively, 72.7% and 7.0% of the EUR 902 million spent.\n'), []);
    assert.deepEqual(shares('The north and south clinics saw 638 and 63 patients respectively, 72.7% and 7.0% more than the 902 of 2020.\n'), []);
    // Parts of different years, each of its own whole.
    assert.deepEqual(shares('In 2015 and 2024 the north clinic saw 638 and 663 patients respectively, 70.7% and 7.0% of the 902 seen by the three in 2024.\n'), []);
  });
});

describe('total: named parts listed after the total, each figure before its name', () => {
  it('sums "a combined N: P1 at A, P2 at B and P3 at C"', () => {
    assert.deepEqual(totals('Across the decade the three clinics treated 6,832 patients between them: 4,181 at the North Clinic, 1,773 at Southport and 428 at Islay.\n'), [['6,832', '6,382']]);
    assert.deepEqual(totals('The libraries lent a combined 2,100 atlases (1,200 at Elm Street and 800 at Ash Road).\n'), [['2,100', '2,000']]);
  });

  it('stays silent on a right sum, years for names, a selection, changes, hedges and a larger whole', () => {
    assert.deepEqual(totals('Across the decade the three clinics treated 6,382 patients between them: 4,181 at the North Clinic, 1,773 at Southport and 428 at Islay.\n'), []);
    assert.deepEqual(totals('The clinics treated a combined 6,832 patients: 4,181 in 2023 and 1,773 in 2024.\n'), []);
    assert.deepEqual(totals('The clinics treated a combined 6,832 patients, including: 4,181 at the North Clinic and 1,773 at Southport.\n'), []);
    assert.deepEqual(totals('The clinics treated a combined 6,832 patients: up 4,181 at the North Clinic and 1,773 at Southport.\n'), []);
    assert.deepEqual(totals('The clinics treated a combined 6,832 patients: about 4,181 at the North Clinic and 1,773 at Southport.\n'), []);
    assert.deepEqual(totals('The clinics treated a combined 6,832 patients: 4,181 at the North Clinic and 1,773 at Southport, among others.\n'), []);
  });
});

describe('share: "N of them" whose whole stands in the sentence before beside another part of it', () => {
  it('passes over the earlier part of "them" to the whole', () => {
    assert.deepEqual(shares('The clinic saw 4,181 patients in 2024, 2,022 of them from the north (48.4%). The south sent 2,011 of them (58.1%).\n'), [['58.1%', '48.1%']]);
  });

  it('stays silent on a right share and on two candidate wholes', () => {
    assert.deepEqual(shares('The clinic saw 4,181 patients in 2024, 2,022 of them from the north (48.4%). The south sent 2,011 of them (48.1%).\n'), []);
    assert.deepEqual(shares('The clinic saw 4,181 patients and 2,022 visitors in 2024. The south sent 2,011 of them (58.1%).\n'), []);
  });
});
