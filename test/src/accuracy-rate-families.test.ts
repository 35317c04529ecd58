// Change and rate readings that must refuse, and the wordings they must still read (acc-rate): look-alike sentences in
// made-up domains (glasshouses, cable cars, lighthouses, sawmills, a made-up kelp-farm dataset).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, loadDefaultDataset, seenFindings, type SeenFinding, table } from './helpers.js';

const engine = createEngine({ dataset: await loadDefaultDataset() });
const RULES = new Set(['percent-change', 'cagr', 'formula']);

function findings(text: string): SeenFinding[] {
  return seenFindings(engine, text, RULES);
}

// 120 → 180 glasshouses over 2016–2024: +50%, CAGR 5.2% (8 years).
const GLASS = 'Glasshouses in the valley rose from 120 in 2016 to 180 in 2024';

describe('a figure after a statement that speaks of another subject', () => {
  it('stays silent when a clause names a subject of its own before its verb', () => {
    for (const tail of [
      ', the number of growers having shrunk by 10%.',
      ' even as the number of growers fell 10%.',
      ' even though subsidies were cut by 10%.',
      ' after subsidies were raised by 10%.',
      ', helped by subsidies that rose 10%.',
      ' thanks to tomato prices up 10%.',
      ' as heating costs climbed 10%.',
      ' because fuel bills fell by 10%.',
      ' (a 50% rise; inflation ran at 2% a year).',
    ]) assert.deepEqual(findings(GLASS + tail + '\n'), [], tail);
  });
  it('still reads the statement’s own change and rate after a pronoun or its subject repeated', () => {
    assert.deepEqual(findings(GLASS + ', which means they grew by 40%.\n'), [{ rule: 'percent-change', stated: '40%', suggestion: '50%' }]);
    assert.deepEqual(findings(GLASS + ', so glasshouses rose by 40% in all.\n'), [{ rule: 'percent-change', stated: '40%', suggestion: '50%' }]);
    assert.deepEqual(findings(GLASS + ', a rise of 40%.\n'), [{ rule: 'percent-change', stated: '40%', suggestion: '50%' }]);
    assert.deepEqual(findings(GLASS + ', a compound 6.2% a year.\n'), [{ rule: 'cagr', stated: '6.2%', suggestion: '5.2%' }]);
  });
});

describe('a figure that compares with, or adds to, another measure', () => {
  it('stays silent on comparisons, targets and additions', () => {
    for (const tail of [
      ', well above the regional increase of 20%.',
      ', growth that outpaced the national 3% a year.',
      ', 1% a year faster than inflation.',
      ', an extra 1% a year on top of inflation.',
      ', short of the 60% growth the plan had set.',
      '; reaching 300 by 2030 would require 8% a year.',
      ', a real-terms value rise of 12%.',
      '; per grower, the rise was 30%.',
    ]) assert.deepEqual(findings(GLASS + tail + '\n'), [], tail);
  });
  it('reads the statement’s own change beside a comparison that follows it', () => {
    assert.deepEqual(findings(GLASS + ', a rise of 40%, well above the regional increase of 20%.\n'), [{ rule: 'percent-change', stated: '40%', suggestion: '50%' }]);
  });
});

describe('a stated figure that is a bound or an approximation', () => {
  it('passes "nearly", "more than", "about" and "over" when the true value lies on their side', () => {
    for (const tail of [', a rise of nearly 53%.', ', a rise of more than 45%.', ', an increase of about 48%.', ', growing at over 5% a year.', ', growing at more than 4% a year.', ', growing by less than 6% a year.']) {
      assert.deepEqual(findings(GLASS + tail + '\n'), [], tail);
    }
  });
  it('finds a bound on the wrong side, or an approximation far off, with a suggestion only', () => {
    assert.deepEqual(findings(GLASS + ', a rise of nearly 45%.\n'), [{ rule: 'percent-change', stated: '45%', suggestion: '50%' }]);
    // "Nearly" allows a little below, never more than four units of the stated precision: 50% is not nearly 55%.
    assert.deepEqual(findings(GLASS + ', a rise of nearly 55%.\n'), [{ rule: 'percent-change', stated: '55%', suggestion: '50%' }]);
    assert.deepEqual(findings(GLASS + ', a rise of more than 60%.\n'), [{ rule: 'percent-change', stated: '60%', suggestion: '50%' }]);
    assert.deepEqual(findings(GLASS + ', an increase of about 30%.\n'), [{ rule: 'percent-change', stated: '30%', suggestion: '50%' }]);
    assert.deepEqual(findings(GLASS + ', a compound rate of over 7% a year.\n'), [{ rule: 'cagr', stated: '7%', suggestion: '5%' }]);
  });
});

describe('rounded endpoints at their stated precision', () => {
  // 1.2 → 1.5 million may be 1.15–1.25 → 1.45–1.55: a change of 16% to 35%, a rate of 1.7% to 3.4% a year over nine years.
  it('stays silent on a change or rate the unrounded endpoints may give', () => {
    assert.deepEqual(findings('Cable-car rides rose from 1.2 million in 2015 to 1.5 million in 2024 (+27%).\n'), []);
    assert.deepEqual(findings('Cable-car rides rose from 1.2 million in 2015 to 1.5 million in 2024, a compound rate of 2.7% a year.\n'), []);
  });
  it('still finds a change or rate no rounding can give', () => {
    assert.deepEqual(findings('Cable-car rides rose from 1.2 million in 2015 to 1.5 million in 2024 (+45%).\n'), [{ rule: 'percent-change', stated: '+45%', suggestion: '+25%' }]);
    assert.deepEqual(findings('Cable-car rides rose from 1.2 million in 2015 to 1.5 million in 2024, a compound rate of 4.5% a year.\n'), [{ rule: 'cagr', stated: '4.5%', suggestion: '2.5%' }]);
  });
});

describe('points and rates that are not the statement’s total', () => {
  it('never reads "points a year" as the total difference', () => {
    assert.deepEqual(findings('The share of electric ferries rose from 20% in 2015 to 30% in 2024, a rise of 1.1 points a year.\n'), []);
    assert.deepEqual(findings('The share of electric ferries rose from 20% in 2015 to 30% in 2024, a rise of 8 points.\n'), [{ rule: 'percent-change', stated: '8', suggestion: '10' }]);
  });
  it('never reads a simple average or the mean of yearly rates as the compound rate', () => {
    assert.deepEqual(findings(GLASS + ', 6.3% a year on a simple (non-compound) basis.\n'), []);
    assert.deepEqual(findings(GLASS + ', with the mean of the annual growth rates at 5.9%.\n'), []);
    assert.deepEqual(findings(GLASS + ', growth of 6.3% a year.\n'), [{ rule: 'cagr', stated: '6.3%', suggestion: '5.2%' }]);
  });
});

describe('years a statement borrows from its heading, paragraph or sentence', () => {
  const heading = '## Lighthouse keepers, 2014–2024\n\n';
  it('stays silent when the sentence names a period of its own', () => {
    for (const body of [
      'Keepers went from 300 to 420 over the last five years, or 7% a year.',
      'Over six years, keepers went from 300 to 420, or 5.8% a year.',
      'Keepers went from 300 to 420 after 2019, or 7% a year.',
      'Keepers went from 300 to 420 in the second half of the period, or 7% a year.',
    ]) assert.deepEqual(findings(heading + body + '\n'), [], body);
    assert.deepEqual(findings('Lamps rose from 200 in 2014 to 300 in 2024. Keepers grew from 50 to 60 in the last three years, or 6.3% a year.\n'), []);
    assert.deepEqual(findings('Lamps rose from 200 in 2014 to 300 in 2024 (4.1% a year); keepers went from 50 to 60 (6.3% a year since 2021).\n'), []);
  });
  it('still uses the heading’s period when the sentence names none, or one of the same length', () => {
    assert.deepEqual(findings(heading + 'Keepers went from 300 to 420, or 5.4% a year.\n'), [{ rule: 'cagr', stated: '5.4%', suggestion: '3.4%' }]);
    assert.deepEqual(findings(heading + 'Over the past decade keepers went from 300 to 420, or 5.4% a year.\n'), [{ rule: 'cagr', stated: '5.4%', suggestion: '3.4%' }]);
    assert.deepEqual(findings(heading + 'Keepers went from 300 to 420, or 3.4% a year.\n'), []);
  });
});

describe('table change and rate columns', () => {
  it('reads a "p.a." column as a rate, never as the total change', () => {
    assert.deepEqual(findings(table('Sawmill | 2015 | 2024 | Growth p.a.', 'North | 100 | 180 | 6.7%', 'South | 200 | 260 | 3.0%')), []);
    assert.deepEqual(findings(table('Sawmill | 2015 | 2024 | Growth p.a.', 'North | 100 | 180 | 7.7%', 'South | 200 | 260 | 3.0%')), [{ rule: 'cagr', stated: '7.7%', suggestion: '6.7%' }]);
  });
  it('stays silent on a column of another period, another measure or a target', () => {
    assert.deepEqual(findings(table('Sawmill | 2015 | 2024 | Change 2019–24', 'North | 100 | 180 | +20%', 'South | 200 | 260 | +10%')), []);
    assert.deepEqual(findings(table('Sawmill | 2015 | 2024 | Per worker, change', 'North | 100 | 180 | +20%', 'South | 200 | 260 | +10%')), []);
    assert.deepEqual(findings(table('Sawmill | 2015 | 2024 | Real change', 'North | 100 | 180 | +20%', 'South | 200 | 260 | +10%')), []);
    assert.deepEqual(findings(table('Sawmill | 2015 | 2024 | CAGR (target to 2030)', 'North | 100 | 180 | 3.0%', 'South | 200 | 260 | 2.0%')), []);
    assert.deepEqual(findings(table('Sawmill | Logs 2015 | Logs 2024 | Share 2024 | Change', 'North | 100 | 180 | 40% | +80%', 'South | 200 | 260 | 60% | +5 pts')), []);
  });
  it('still checks a change column of the endpoints’ own period', () => {
    assert.deepEqual(findings(table('Sawmill | 2015 | 2024 | Change 2015–24', 'North | 100 | 180 | +20%', 'South | 200 | 260 | +30%')), [{ rule: 'percent-change', stated: '+20%', suggestion: '+80%' }]);
  });
});

const kelp = datasetOf({
  'kelp.json': {
    sources: [{ id: 'kelp-census', title: 'Made-up Kelp Farm Census 2025', publisher: 'Made-up Seaweed Board', year: 2025 }],
    entities: [{ id: 'tkf', name: 'Tidewater Kelp Farms', aliases: ['TKF'], kind: 'organisation' }],
    metrics: [
      { id: 'lines', label: 'Seeded lines', unit: 'count', phrases: ['seeded lines', 'lines'] },
      { id: 'divers', label: 'Divers', unit: 'count', phrases: ['divers'] },
    ],
    observations: [
      { entity: 'tkf', metric: 'lines', year: 2015, value: 200, source: 'kelp-census' },
      { entity: 'tkf', metric: 'lines', year: 2020, value: 260, source: 'kelp-census' },
      { entity: 'tkf', metric: 'lines', year: 2025, value: 400, source: 'kelp-census' },
      { entity: 'tkf', metric: 'divers', year: 2015, value: 10, source: 'kelp-census' },
      { entity: 'tkf', metric: 'divers', year: 2025, value: 12, source: 'kelp-census' },
    ],
  },
});
const kelpEngine = createEngine({ dataset: kelp });
const kelpFindings = (text: string): SeenFinding[] => seenFindings(kelpEngine, text, RULES);

describe('a change or rate measured on the dataset', () => {
  // 200 → 400 over 2015–2025: +100%, CAGR 7.2%.
  it('reads the entity’s plain metric, with a suggestion only', () => {
    assert.deepEqual(kelpFindings("TKF's seeded lines rose by 80% between 2015 and 2025.\n"), [{ rule: 'percent-change', stated: '80%', suggestion: '100%' }]);
    assert.deepEqual(kelpFindings("TKF's seeded lines grew at a CAGR of 8.2% between 2015 and 2025.\n"), [{ rule: 'cagr', stated: '8.2%', suggestion: '7.2%' }]);
    assert.deepEqual(kelpFindings("TKF's seeded lines grew at a CAGR of 7.2% between 2015 and 2025.\n"), []);
  });
  it('stays silent when the sentence narrows the metric, names another subject, period or scenario', () => {
    for (const sentence of [
      "TKF's seeded lines per diver rose by 20% between 2015 and 2025.",
      "TKF's certified seeded lines rose by 40% between 2015 and 2025.",
      "TKF's seeded lines rose by 53% between 2015 and 2025 in real terms.",
      "TKF's seeded lines would have risen by 150% between 2015 and 2025 at the earlier pace.",
      'Between 2015 and 2025 the sector’s seeded lines grew at a CAGR of 5%, while TKF kept pace.',
      "TKF's seeded lines grew at a CAGR of 5% since 2020, the fastest in the 2015–2025 series.",
    ]) assert.deepEqual(kelpFindings(sentence + '\n'), [], sentence);
    assert.deepEqual(kelpFindings("## TKF, 2015–2025\n\nSince 2020, TKF's seeded lines have a CAGR of 5%.\n"), []);
  });
});

describe('a multiple or a two-year comparison measured on the dataset', () => {
  // 200 (2015) → 260 (2020) → 400 (2025).
  it('checks "more than doubled between Y1 and Y2" and "nearly tripled", without a fix', () => {
    assert.deepEqual(kelpFindings("TKF's seeded lines roughly doubled between 2015 and 2025.\n"), []);
    assert.deepEqual(kelpFindings("TKF's seeded lines nearly tripled between 2015 and 2025.\n"), [{ rule: 'percent-change', stated: 'nearly tripled' }]);
    assert.deepEqual(kelpFindings("TKF's seeded lines more than doubled from 2015 to 2025.\n"), [{ rule: 'percent-change', stated: 'more than doubled' }]);
  });
  it('checks "X% more … in Y2 than in Y1", with a suggestion only', () => {
    assert.deepEqual(kelpFindings('TKF ran 53.8% more seeded lines in 2025 than in 2020.\n'), []);
    assert.deepEqual(kelpFindings('TKF ran 35% more seeded lines in 2025 than in 2020.\n'), [{ rule: 'percent-change', stated: '35%', suggestion: '54%' }]);
  });
  it('stays silent on comparisons, narrowed metrics, other subjects and scenarios', () => {
    for (const sentence of [
      'TKF ran twice as many seeded lines in 2025 as in 2015.',
      "TKF's certified seeded lines more than doubled between 2015 and 2025.",
      "TKF's seeded lines more than doubled between 2015 and 2025, while its divers barely changed.",
      "TKF's seeded lines would have tripled between 2015 and 2025 at the earlier pace.",
      'TKF ran 35% more certified seeded lines in 2025 than in 2020.',
      'TKF ran 35% more seeded lines in 2025 than in 2020, more than the sector.',
    ]) assert.deepEqual(kelpFindings(sentence + '\n'), [], sentence);
  });
});

describe('a multiple after a statement, in a clause of another subject', () => {
  it('stays silent on "even as prices doubled", reads the statement’s own "more than doubling"', () => {
    assert.deepEqual(findings('Cable-car rides rose from 200 in 2015 to 300 in 2024, even as ticket prices doubled.\n'), []);
    assert.deepEqual(findings('Cable-car rides rose from 200 in 2015 to 300 in 2024, more than doubling.\n'), [{ rule: 'percent-change', stated: 'more than doubling' }]);
  });
});

describe('a change computed from the true value of an endpoint the document or the dataset corrects', () => {
  const ALL = new Set(['percent-change', 'cagr', 'total', 'dataset-value']);
  it('leaves a Total row’s change alone when it fits the parts’ sums: the Total is the error', () => {
    // Parts: 100 + 50 = 150 → 180 + 90 = 270 (+80%); the Total row says 280.
    assert.deepEqual(seenFindings(engine, table('Sawmill | 2015 | 2024 | Change', 'North | 100 | 180 | +80%', 'South | 50 | 90 | +80%', '**All sawmills** | **150** | **280** | +80%'), ALL), []);
    assert.deepEqual(seenFindings(engine, table('Sawmill | 2015 | 2024 | Change', 'North | 100 | 180 | +80%', 'South | 50 | 90 | +80%', '**All sawmills** | **150** | **270** | +70%'), ALL), [{ rule: 'percent-change', stated: '+70%', suggestion: '+80%' }]);
  });
  it('leaves a change alone when it fits the dataset’s value of a written endpoint: the endpoint is the error', () => {
    // The dataset has 260 for 2020 and 400 for 2025: +53.8%. The sentence writes 420 for 2025.
    assert.deepEqual(seenFindings(kelpEngine, 'TKF went from ten divers to twelve and its seeded lines jumped from 260 in 2020 to 420 in 2025, a rise of 53.8%.\n', ALL).filter((f) => f.rule === 'percent-change'), []);
    assert.deepEqual(seenFindings(kelpEngine, "TKF's seeded lines rose from 260 in 2020 to 400 in 2025, a rise of 45.0%.\n", ALL), [{ rule: 'percent-change', stated: '45.0%', fix: '53.8%' }]);
  });
});

describe('a sentence that refers back to a statement, across an aside and with a change and a rate', () => {
  const STATEMENT = 'Lift passes rose from 28.5 million in 2014 to 49.6 million in 2024.';
  it('reads "That is an increase of X%, equivalent to Y% a year" (a change and a rate in one clause)', () => {
    assert.deepEqual(findings(`${STATEMENT} That is an increase of 74.0%, equivalent to 5.7% per annum compounded.\n`), []);
    assert.deepEqual(findings(`${STATEMENT} That is an increase of 74.0%, equivalent to 7.7% per annum compounded.\n`), [{ rule: 'cagr', stated: '7.7%', suggestion: '5.7%' }]);
    assert.deepEqual(findings(`${STATEMENT} That is an increase of 64.0%, equivalent to 5.7% per annum compounded.\n`), [{ rule: 'percent-change', stated: '64.0%', suggestion: '74.0%' }]);
  });
  it('keeps the statement in view across a sentence with no figure and no change word', () => {
    assert.deepEqual(findings(`${STATEMENT} I agree with both endpoints. That is an increase of 74.0%, equivalent to 7.7% per annum compounded.\n`), [{ rule: 'cagr', stated: '7.7%', suggestion: '5.7%' }]);
  });
  it('stays silent when the aside speaks of a change of its own, or the clause holds two changes', () => {
    assert.deepEqual(findings(`${STATEMENT} Season tickets fell sharply. That is a drop of 12.0%, or 1.3% a year.\n`), []);
    assert.deepEqual(findings(`${STATEMENT} That is an increase of 64.0% against 12.0% for ski schools.\n`), []);
  });
});

describe('numbered clauses of a memo', () => {
  it('does not take a clause number at the start of a line for a figure of the sentence', () => {
    const text = "2.3 Divers were hired in 2020.\n2.4 TKF reports that its seeded lines grew by 9.2% a year between 2015 and 2025.\n";
    assert.deepEqual(kelpFindings(text), [{ rule: 'cagr', stated: '9.2%', suggestion: '7.2%' }]);
    assert.deepEqual(kelpFindings(text.replace('9.2%', '7.2%')), []);
  });
});

describe('multiples in words beyond four', () => {
  it('reads "quintupled" and "more than sextupled" against their endpoints', () => {
    assert.deepEqual(findings('Ferry berths rose from 10 in 2015 to 50 in 2024, so they quintupled.\n'), []);
    assert.deepEqual(findings('Ferry berths more than sextupled, from 10 in 2015 to 50 in 2024.\n'), [{ rule: 'percent-change', stated: 'more than sextupled' }]);
  });
});
