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
    assert.deepEqual(seen('Harbour dues climbed from 410 in 2016 to 533 in 2023, a 36.0% rise.'), [{ rule: 'percent-change', stated: '36.0%', suggestion: '30.0%' }]);
    assert.deepEqual(seen('Catches fell from 800 in 2017 to 600 in 2021, a 35% drop.'), [{ rule: 'percent-change', stated: '35%', suggestion: '25%' }]);
    assert.deepEqual(seen('Permits went from 640 to 720, 15.5% more.'), [{ rule: 'percent-change', stated: '15.5%', suggestion: '12.5%' }]);
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
    assert.deepEqual(seen('Members rose from 80 in 2019 to 100 in 2024, a compound growth rate of 6.6%.'), [{ rule: 'cagr', stated: '6.6%', suggestion: '4.6%' }]);
    assert.deepEqual(seen('The port handled 1,553 ships in 2024, up from 1,000 in 2014, an average annual increase of 5.5%.'), [{ rule: 'cagr', stated: '5.5%', suggestion: '4.5%' }]);
  });

  it('a decline keeps its sign, in words or with a minus', () => {
    assertClean([
      'The stock shrank from 500 in 2010 to 400 in 2020, a compound annual decline of 2.2%.',
      'The stock shrank from 500 in 2010 to 400 in 2020, an average decline of 2.2% a year.',
      'The stock shrank from 500 in 2010 to 400 in 2020, −2.2% a year.',
    ]);
    assert.deepEqual(seen('The stock shrank from 500 in 2010 to 400 in 2020, a compound annual decline of 3.2%.'), [{ rule: 'cagr', stated: '3.2%', suggestion: '2.2%' }]);
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
    assert.deepEqual(seen('Grants went from 200 (2016) → 260 (2021): +35.0%.'), [{ rule: 'percent-change', stated: '+35.0%', suggestion: '+30.0%' }]);
    assert.deepEqual(seen('- 3,100 (2014) → 3,410 (2024): +10.0%, i.e. about 1.5% a year'), [{ rule: 'cagr', stated: '1.5%', suggestion: '1.0%' }]);
  });

  it('endpoints over periods ("in 2012–15 to … in 2020–23") give a change and a multiple, never an annual rate', () => {
    assertClean(['Joint papers rose from 120 in 2012–15 to 250 in 2020–23, more than doubling.', 'Joint papers rose from 120 in 2012–15 to 150 in 2020–23, up 25%, or 3% a year.']);
    assert.deepEqual(seen('Joint papers rose from 120 in 2012–15 to 150 in 2020–23, up 35%.'), [{ rule: 'percent-change', stated: '35%', suggestion: '25%' }]);
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
    assert.deepEqual(seen('Staff went from 800,000 in 2015 to 1.2 million in 2025 (+40%).'), [{ rule: 'percent-change', stated: '+40%', suggestion: '+50%' }]);
  });

  it('a change or rate that rounded endpoints may give is no finding (acc-rate: the author may have used the unrounded figures)', () => {
    assertClean(['Revenue went from 1.2 million in 2015 to 2.0 million in 2025 (+58%).', 'Revenue went from 1.2 million in 2015 to 2.0 million in 2025, a compound annual rate of 4.7%.']);
    assert.deepEqual(seen('Revenue went from 1.2 million in 2015 to 2.0 million in 2025 (+88%).'), [{ rule: 'percent-change', stated: '+88%', suggestion: '+67%' }]);
    assert.deepEqual(seen('Revenue went from 1,200,000 in 2015 to 2,000,000 in 2025 (+58%).'), [{ rule: 'percent-change', stated: '+58%', suggestion: '+67%' }]);
  });
});

describe('a figure compared with another of its sentence', () => {
  it('"X% more than the B", "X% below B’s", "X% higher than B’s": the base is the figure compared against', () => {
    assertClean([
      'The ferry carried 396 cars in 2025, 14% more than the 348 cars of 2019.',
      'Lund’s 366 sits about 17% below Uppsala’s 439.',
      'Lund’s score of 366 is 20.0% higher than Malmö’s 305.',
      'The team has 45 members, 50% more than the 30 it had in 2020.',
    ]);
    assert.deepEqual(seen('The ferry carried 396 cars in 2025, 24% more than the 348 cars of 2019.'), [{ rule: 'percent-change', stated: '24%', suggestion: '14%' }]);
    assert.deepEqual(seen('Lund’s 366 sits about 27% below Uppsala’s 439.'), [{ rule: 'percent-change', stated: '27%', suggestion: '17%' }]);
    // The wrong base: (366 − 305) / 366 is 16.7%, but "higher than Malmö’s" divides by Malmö’s 305.
    assert.deepEqual(seen('Lund’s score of 366 is 16.7% higher than Malmö’s 305.'), [{ rule: 'percent-change', stated: '16.7%', suggestion: '20.0%' }]);
  });

  it('percentage points above or below a percentage, and a gap between two', () => {
    assertClean([
      'Spending reached 3.44% of GDP in 2023, 0.2 percentage points lower than Norway’s 3.64%.',
      'At Bergen it makes up 16,2 % of income, 10,3 points more than at Oslo (5,9 %).',
      'Spending: Finland 2,90 %, Denmark 3,10 %, a gap of 0,20 percentage points.',
    ]);
    assert.deepEqual(seen('Spending reached 3.44% of GDP in 2023, 0.5 percentage points lower than Norway’s 3.64%.'), [{ rule: 'percent-change', stated: '0.5', suggestion: '0.2' }]);
    assert.deepEqual(seen('Spending: Finland 2,90 %, Denmark 3,10 %, a gap of 0,50 percentage points.'), [{ rule: 'percent-change', stated: '0,50', suggestion: '0,20' }]);
  });

  it('"exactly twice the B", "more than double the B": a multiple of the base, never with a fix', () => {
    assertClean([
      'The depot handled 9.6 million tonnes in 2024, exactly twice the 4.8 million tonnes of 2014.',
      'Oslo received EUR 11.2 million, more than double the EUR 4.1 million paid to Turku.',
    ]);
    assert.deepEqual(seen('The depot handled 9.6 million tonnes in 2024, exactly twice the 3.8 million tonnes of 2014.'), [{ rule: 'percent-change', stated: 'exactly twice' }]);
    assert.deepEqual(seen('Oslo received EUR 11.2 million, more than double the EUR 6.1 million paid to Turku.'), [{ rule: 'percent-change', stated: 'more than double' }]);
  });

  it('figures of different units, a base in words only, or a base several words away are not compared', () => {
    assertClean([
      'The 52 ships were 30% more than the 40 boats of the rival fleet.',
      'Output rose 12% in 2024, 3% more than the national average of 9%.',
      'Rents in the north were 8% higher than in 2019, when they averaged 900 euros.',
      'Catches rose from 40 in 2015 to 64 in 2024, twice the national rate.',
      'Catches rose from 40 in 2015 to 64 in 2024, three times as fast as the coast’s.',
      'It now reads comparisons ("12% more than the 300 days", "17% below Lund’s 439", "0.2 points lower than 3.6%").',
    ]);
  });
});

describe('more layouts of a statement', () => {
  it('"A in Y1, fell to B in Y2", "rising to", "reached": a statement with its years', () => {
    assertClean([
      'The station’s share, 34.9% in 2015, fell to 22.3% in 2024, a drop of 12.6 percentage points.',
      'Harvests were 480 tonnes in 2016, rising to 540 tonnes in 2021 (+12.5%).',
      'Harvests were 480 tonnes in 2016 and reached 540 in 2021, 2.4% a year.',
    ]);
    assert.deepEqual(seen('The station’s share, 34.9% in 2015, fell to 22.3% in 2024, a drop of 14.6 percentage points.'), [{ rule: 'percent-change', stated: '14.6', suggestion: '12.6' }]);
    assert.deepEqual(seen('Harvests were 480 tonnes in 2016, rising to 540 tonnes in 2021 (+22.5%).'), [{ rule: 'percent-change', stated: '+22.5%', suggestion: '+12.5%' }]);
  });

  it('a change after a series of three values may count from its first: no finding when it does, no certain fix when it does not', () => {
    assertClean(['The survey counted 296 research scientists (full-time equivalents) in mid-2015, 322 in 2020 and 361 in 2025, a 22% increase over the decade.']);
  });
});

describe('a sentence that refers back', () => {
  it('a paragraph opening "That is …" speaks of the one statement that ends the paragraph before', () => {
    const before = 'Grants to the Tanga station rose from USD 3.4 million to USD 7.2 million over the decade.\n\n';
    assert.deepEqual(seen(`${before}That is an increase of 112%, the fastest of the three.`), []);
    assert.deepEqual(seen(`${before}That is an increase of 118%, the fastest of the three.`), [{ rule: 'percent-change', stated: '118%', suggestion: '112%' }]);
    // A list item, or a paragraph after a heading, starts something new.
    assert.deepEqual(seen(`${before}- That is an increase of 118%.`), []);
    assert.deepEqual(seen(`${before}## Next\n\nThat is an increase of 118%.`), []);
  });

  it('a multiple in that sentence speaks of the statement before, unless its clause names someone else', () => {
    const before = 'Mbale’s papers went from 120 in 2015 to 250 in 2024. That is a compound annual growth rate of 8.5%, and ';
    assert.deepEqual(seen(`${before}Mbale’s output more than doubled.`), []);
    assert.deepEqual(seen(`${before}Mbale’s output almost tripled.`), [{ rule: 'percent-change', stated: 'almost tripled' }]);
    assert.deepEqual(seen(`${before}Gulu’s output almost tripled.`), []);
  });
});

describe('correct sentences that once drew findings', () => {
  it('a rate or change of another period, another measure or another subject in the same sentence is left alone', () => {
    assertClean([
      'Output rose from 287 in 2015 to 638 in 2024, and by 14.2% a year between 2015 and 2020.',
      'Output rose from 287 in 2015 to 638 in 2024 (+122%), with 45% more staff.',
      'Output rose from 287 in 2015 to 638 in 2024, 122% more, after falling by 3% in 2016.',
      'Turnover grew from 8.1 to 9.0 billion between 2019 and 2024, 2.1% a year, and its share of the market rose 4%.',
      'The index climbed from 80.5 in 2016 to 96.2 in 2024, 3.2% higher than the regional mean.',
      'Output rose from 287 in 2015 to 638 in 2024, up 8% in the last year.',
      'Output fell from 638 in 2015 to 287 in 2024, or 8.5% a year.',
    ]);
  });

  it('a rate whose years are named after it, for a statement without years, is still read', () => {
    assert.deepEqual(seen('Its days at sea fell by 53.8% between 2015 and 2025, from 96 to 54.'), [{ rule: 'percent-change', stated: '53.8%', suggestion: '43.8%' }]);
  });
});

describe('a rate or change of another period or measure after the statement', () => {
  it('"on a year earlier", "year-over-year", "a year earlier than planned" are no rates of the statement', () => {
    assertClean([
      'Output rose from 287 in 2015 to 638 in 2024, up 8% on a year earlier.',
      'Output rose from 287 in 2015 to 638 in 2024, up 8% year-over-year.',
      'Output rose from 287 in 2015 to 638 in 2024, 8% a year earlier than planned.',
    ]);
  });

  it('"against inflation of 2% a year", "with inflation running at 2% a year" speak of inflation; "with growth of" of the statement', () => {
    assertClean([
      'Output rose from 287 in 2015 to 638 in 2024 at a compound rate of 9.3% a year, against inflation of 2% a year.',
      'Output rose from 287 in 2015 to 638 in 2024, with inflation running at 2% a year.',
    ]);
    assert.deepEqual(seen('Output rose from 287 in 2015 to 638 in 2024, with average growth of 7.3% a year.'), [{ rule: 'cagr', stated: '7.3%', suggestion: '9.3%' }]);
  });
});
