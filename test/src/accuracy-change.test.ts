// Change and rate claims as other authors word them (issue #8): change words after the value, rate wordings, chains, periods, rounding.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { loadDefaultDataset, seenFindings, type SeenFinding } from './helpers.js';

const engine = createEngine({ dataset: await loadDefaultDataset() });
const RULES = new Set(['percent-change', 'cagr']);

function seen(text: string): SeenFinding[] {
  return seenFindings(engine, `${text}\n`, RULES);
}

/** Each sentence alone: no finding of the change and rate rules. */
function assertClean(sentences: string[]): void {
  for (const s of sentences) assert.deepEqual(seen(s), [], s);
}

describe('a change named after its value', () => {
  it('"a 30.0% rise", "a 28% increase", "a 25% drop", "12.5% more" are the statement’s change', () => {
    assertClean([
      'Harbour dues climbed from 410 in 2016 to 533 in 2023, a 30.0% rise.',
      'Visitor numbers went from 1,250 in 2018 to 1,600 in 2022, a 28% increase.',
      'Catches fell from 800 in 2017 to 600 in 2021, a 25% drop.',
      'Permits went from 640 to 720, 12.5% more.',
      'The budget went from 40 to 52 units, 30% higher overall.',
    ]);
    assert.deepEqual(seen('Harbour dues climbed from 410 in 2016 to 533 in 2023, a 36.0% rise.'), [{ rule: 'percent-change', stated: '36.0%', fix: '30.0%' }]);
    assert.deepEqual(seen('Catches fell from 800 in 2017 to 600 in 2021, a 35% drop.'), [{ rule: 'percent-change', stated: '35%', fix: '25%' }]);
    assert.deepEqual(seen('Permits went from 640 to 720, 15.5% more.'), [{ rule: 'percent-change', stated: '15.5%', fix: '12.5%' }]);
  });

  it('"X% more than …" compares with something else and is not the statement’s change', () => {
    assertClean(['Permits went from 640 to 720, 40% more than the regional average.']);
  });
});

describe('rate wordings: an annual rate is never the total change', () => {
  it('reads "a yearly growth of", "average annual increase", "compound growth rate", "annualised", "each year"', () => {
    assertClean([
      'Members rose from 80 in 2019 to 100 in 2024, a yearly growth of 4.6%.',
      'Members rose from 80 in 2019 to 100 in 2024, a compound growth rate of 4.6%.',
      'Members rose from 80 in 2019 to 100 in 2024: 4.6% annualised.',
      'Members rose from 80 in 2019 to 100 in 2024, growing on average 4.6% each year.',
      'The port handled 1,553 ships in 2024, up from 1,000 in 2014, a 4.5% average annual increase.',
      'Ticket sales grew 4.5% per year, from 1,000 in 2014 to 1,553 in 2024.',
    ]);
    // Before, "a yearly growth of 6.6%" was read as the total change and "fixed" to 25.0%.
    assert.deepEqual(seen('Members rose from 80 in 2019 to 100 in 2024, a yearly growth of 6.6%.'), [{ rule: 'cagr', stated: '6.6%', suggestion: '4.6%' }]);
    assert.deepEqual(seen('Members rose from 80 in 2019 to 100 in 2024, a compound growth rate of 6.6%.'), [{ rule: 'cagr', stated: '6.6%', fix: '4.6%' }]);
    assert.deepEqual(seen('The port handled 1,553 ships in 2024, up from 1,000 in 2014, an average annual increase of 5.5%.'), [{ rule: 'cagr', stated: '5.5%', suggestion: '4.5%' }]);
  });

  it('a decline keeps its sign, in words or with a minus', () => {
    assertClean([
      'The stock shrank from 500 in 2010 to 400 in 2020, a compound annual decline of 2.2%.',
      'The stock shrank from 500 in 2010 to 400 in 2020, an average decline of 2.2% a year.',
      'The stock shrank from 500 in 2010 to 400 in 2020, −2.2% a year.',
    ]);
    assert.deepEqual(seen('The stock shrank from 500 in 2010 to 400 in 2020, a compound annual decline of 3.2%.'), [{ rule: 'cagr', stated: '3.2%', fix: '2.2%' }]);
  });

  it('between two percentages, "1% a year" may be points a year: no finding', () => {
    assertClean(['The share of women rose from 30% in 2015 to 40% in 2025, about 1% a year.']);
  });
});

describe('rates and changes of another subject or another period', () => {
  it('"while imports grew 4% a year" speaks of imports; "after that", "since then", "year on year" of another period', () => {
    assertClean([
      'Exports rose from 50 in 2010 to 80 in 2020, while imports grew 4% a year.',
      'Exports rose from 50 in 2010 to 80 in 2020 and grew by 3% a year after that.',
      'Exports rose from 50 in 2010 to 80 in 2020, up 7% year on year.',
      'Exports rose from 50 in 2010 to 80 in 2020, a rise that has continued at 2% a year since then.',
    ]);
  });

  it('"and it grew …" speaks of the statement’s own subject', () => {
    assert.deepEqual(seen('Exports rose from 50 in 2010 to 80 in 2020, and it grew 6.8% a year.'), [{ rule: 'cagr', stated: '6.8%', suggestion: '4.8%' }]);
  });
});

describe('endpoints in other layouts', () => {
  it('"A (2016) → B (2021)" is a statement with its years', () => {
    assertClean(['- 3,100 (2014) → 3,410 (2024): +10.0%, i.e. about 0.96% a year']);
    assert.deepEqual(seen('Grants went from 200 (2016) → 260 (2021): +35.0%.'), [{ rule: 'percent-change', stated: '+35.0%', fix: '+30.0%' }]);
    assert.deepEqual(seen('- 3,100 (2014) → 3,410 (2024): +10.0%, i.e. about 1.5% a year'), [{ rule: 'cagr', stated: '1.5%', suggestion: '1.0%' }]);
  });

  it('endpoints over periods ("in 2012–15 to … in 2020–23") give a change and a multiple, never an annual rate', () => {
    assertClean(['Joint papers rose from 120 in 2012–15 to 250 in 2020–23, more than doubling.', 'Joint papers rose from 120 in 2012–15 to 150 in 2020–23, up 25%, or 3% a year.']);
    assert.deepEqual(seen('Joint papers rose from 120 in 2012–15 to 150 in 2020–23, up 35%.'), [{ rule: 'percent-change', stated: '35%', fix: '25%' }]);
    assert.deepEqual(seen('Joint papers rose from 120 in 2012–15 to 230 in 2020–23, more than doubling.').map((f) => f.rule), ['percent-change']);
  });

  it('"…, then C (+x%)" counts from the value before it, or from the chain’s start: never a certain fix', () => {
    assertClean([
      'Boardings fell from 900 in 2019 to 450 in 2020, then recovered to 630 in 2021 (+40%).',
      'Boardings fell from 900 in 2019 to 450 in 2020, then recovered to 630 in 2021 (−30%).',
      '- Landings: 2,400 (2019) → 1,500 (2020), then 2,100 in 2021 (+40.0%)',
    ]);
    assert.deepEqual(seen('- Landings: 2,400 (2019) → 1,500 (2020), then 2,100 in 2021 (+50.0%)'), [{ rule: 'percent-change', stated: '+50.0%' }]);
  });
});

describe('scales and rounded endpoints', () => {
  it('"800,000 → 1.2 million" is read on one scale', () => {
    assertClean(['Staff went from 800,000 in 2015 to 1.2 million in 2025 (+50%).', 'Staff went from 1.2 million in 2015 to 980,000 in 2025 (−18%).']);
    assert.deepEqual(seen('Staff went from 800,000 in 2015 to 1.2 million in 2025 (+40%).'), [{ rule: 'percent-change', stated: '+40%', fix: '+50%' }]);
  });

  it('a change or rate that rounded endpoints may give is still reported, with a suggestion instead of a certain fix', () => {
    assert.deepEqual(seen('Revenue went from 1.2 million in 2015 to 2.0 million in 2025 (+58%).'), [{ rule: 'percent-change', stated: '+58%', suggestion: '+67%' }]);
    assert.deepEqual(seen('Revenue went from 1.2 million in 2015 to 2.0 million in 2025, a compound annual rate of 4.7%.'), [{ rule: 'cagr', stated: '4.7%', suggestion: '5.2%' }]);
    assert.deepEqual(seen('Revenue went from 1.2 million in 2015 to 2.0 million in 2025 (+88%).'), [{ rule: 'percent-change', stated: '+88%', fix: '+67%' }]);
    assert.deepEqual(seen('Revenue went from 1,200,000 in 2015 to 2,000,000 in 2025 (+58%).'), [{ rule: 'percent-change', stated: '+58%', fix: '+67%' }]);
  });
});
