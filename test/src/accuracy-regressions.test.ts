// Readings that went wrong on drafts by other authors (issue #8): each once gave a false finding or a wrong certain fix.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { loadDefaultDataset, seenFindings, type SeenFinding } from './helpers.js';

const engine = createEngine({ dataset: await loadDefaultDataset() });

function findings(text: string): SeenFinding[] {
  return seenFindings(engine, text);
}

describe('a column of changes is never a column of shares', () => {
  it('leaves "Change" and "% change" columns alone', () => {
    for (const header of ['Change', '% change']) {
      const table = `| Region | 2020 | 2024 | ${header} |\n| --- | ---: | ---: | ---: |\n| Coastal | 40 | 64 | +60.0% |\n| Offshore | 25 | 30 | +20.0% |\n| Total | 65 | 94 | +44.6% |\n`;
      assert.deepEqual(findings(table), [], header);
    }
  });
});

describe('a change pairs with the endpoints of its own clause', () => {
  it('reads "+50%" with 4 → 6 and "fell by 20%" with 210 → 168', () => {
    assert.deepEqual(findings('The fleet grew from 4 to 6 vessels (+50%), and days at sea fell by 20%, from 210 to 168.\n'), []);
  });
  it('still flags a wrong change in the second clause, fixed against its own endpoints', () => {
    assert.deepEqual(findings('The fleet grew from 4 to 6 vessels (+50%), and days at sea fell by 30%, from 210 to 168.\n'), [
      { rule: 'percent-change', stated: '30%', suggestion: '20%' },
    ]);
  });
  it('has no percent change from a negative base', () => {
    assert.deepEqual(findings('The balance went from -100 to 50 (+150%).\n'), []);
  });
  it('reads a year-shaped final value followed by its year as a quantity', () => {
    assert.deepEqual(findings('Sales went from 100 in 2010 to 2000 in 2020 (+1800%).\n'), [{ rule: 'percent-change', stated: '+1800%', suggestion: '+1900%' }]);
    assert.deepEqual(findings('Sales went from 100 in 2010 to 2000 in 2020 (+1900%).\n'), []);
  });
});

describe('rates keep their direction and their kind', () => {
  it('reads "a compound annual decline of 5.4%" as −5.4%', () => {
    assert.deepEqual(findings('Days at sea went from 210 in 2020 to 168 in 2024, a compound annual decline of 5.4%.\n'), []);
  });
  it('fixes a wrong decline without adding a sign', () => {
    assert.deepEqual(findings('Days at sea went from 210 in 2020 to 168 in 2024, a compound annual decline of 7.4%.\n'), [
      { rule: 'cagr', stated: '7.4%', suggestion: '5.4%' },
    ]);
  });
  it('reads "(5.5% per year)" as an annual rate, never as the total change, with a suggestion only', () => {
    assert.deepEqual(findings('Output rose from 1,000 in 2014 to 1,553 in 2024 (5.5% per year).\n'), [{ rule: 'cagr', stated: '5.5%', suggestion: '4.5%' }]);
    assert.deepEqual(findings('Output rose from 1,000 in 2014 to 1,553 in 2024 (4.5% per year).\n'), []);
  });
  it('checks "an average annual rate of 5.5%" stated before its endpoints', () => {
    assert.deepEqual(findings('Output grew at an average annual rate of 5.5%, from 1,000 in 2014 to 1,553 in 2024.\n'), [
      { rule: 'cagr', stated: '5.5%', suggestion: '4.5%' },
    ]);
  });
});

describe('decimal commas are decided per document and never misread', () => {
  it('leaves "8,3 %" unread in a document that writes decimal points', () => {
    assert.deepEqual(findings('Output rose from 1,000 in 2014 to 1,553 in 2024 (CAGR 8,3 %). The share was 9.5%.\n'), []);
  });
  it('reads decimal commas in a document written with them, and fixes in the same style', () => {
    assert.deepEqual(findings('Output rose from 1000 in 2014 to 1553 in 2024 (CAGR 4,5 %).\n'), []);
    assert.deepEqual(findings('Output rose from 1000 in 2014 to 1553 in 2024 (CAGR 8,3 %).\n'), [{ rule: 'cagr', stated: '8,3 %', suggestion: '4,5 %' }]);
  });
});

describe('more statement shapes: arrows, "up from", "A in Y1, B in Y2", tables of changes', () => {
  it('reads "A → B" and checks the change after it', () => {
    assert.deepEqual(findings('- Harbour lab 120 → 150: +25.0%\n'), []);
    assert.deepEqual(findings('- Harbour lab 120 → 150: +35.0%\n'), [{ rule: 'percent-change', stated: '+35.0%', suggestion: '+25.0%' }]);
  });
  it('reads "B in Y2, up from A in Y1" with its rate', () => {
    assert.deepEqual(findings('Grants reached €3.0 million in 2022, up from €1.5 million in 2012, a compound annual growth rate of 7.2%.\n'), []);
    assert.deepEqual(findings('Grants reached €3.0 million in 2022, up from €1.5 million in 2012, a compound annual growth rate of 10.0%.\n'), [
      { rule: 'cagr', stated: '10.0%', suggestion: '7.2%' },
    ]);
  });
  it('reads "A in Y1, B in Y2" and a difference in points', () => {
    assert.deepEqual(findings('The harbour share was 40.0% in 2014 and 46.5% in 2024, a gain of 6.5 percentage points.\n'), []);
    assert.deepEqual(findings('The harbour share was 40.0% in 2014 and 46.5% in 2024, a gain of 16.3 percentage points.\n'), [
      { rule: 'percent-change', stated: '16.3', suggestion: '6.5' },
    ]);
  });
  it('checks stated multiples against the ratio, without a fix', () => {
    assert.deepEqual(findings('The lab more than doubled its output, from 100 to 230 papers.\n'), []);
    assert.deepEqual(findings('The lab more than doubled its output, from 100 to 180 papers.\n'), [{ rule: 'percent-change', stated: 'more than doubled' }]);
    assert.deepEqual(findings('The lab nearly tripled its output, from 100 to 290 papers.\n'), []);
  });
  it('takes a rate in the next sentence that refers back to the one statement before', () => {
    assert.deepEqual(findings('Papers rose from 200 in 2014 to 300 in 2024. That is growth of 4.1% a year.\n'), []);
    assert.deepEqual(findings('Papers rose from 200 in 2014 to 300 in 2024. That is growth of 5.0% a year.\n'), [{ rule: 'cagr', stated: '5.0%', suggestion: '4.1%' }]);
  });
  it('leaves a clause that names another subject alone', () => {
    assert.deepEqual(findings('- Fastest rebound: North lab 200 → 300, +50.0%; South lab +36.6%\n'), []);
  });
  it('checks change, difference and CAGR cells against the row’s two year columns', () => {
    const table = (cagr: string, pct: string, diff: string) =>
      `| Lab | 2014 | 2024 | Change | % change | CAGR |\n| --- | ---: | ---: | ---: | ---: | ---: |\n| North | 200 | 300 | ${diff} | ${pct} | ${cagr} |\n`;
    assert.deepEqual(findings(table('4.1%', '+50.0%', '+100')), []);
    assert.deepEqual(findings(table('3.1%', '+40.0%', '+120')).map((f) => [f.rule, f.stated, f.suggestion]), [
      ['percent-change', '+120', '+100'],
      ['percent-change', '+40.0%', '+50.0%'],
      ['cagr', '3.1%', '4.1%'],
    ]);
  });
  it('checks year-on-year changes against the row above, but not a change against a fixed year', () => {
    const rows = '| 2021 | 100 | +0.0% |\n| 2022 | 110 | +10.0% |\n| 2023 | 121 | +12.0% |\n';
    assert.deepEqual(findings(`| Year | Papers | % change |\n| --- | ---: | ---: |\n${rows}`).map((f) => [f.rule, f.stated, f.suggestion]), [['percent-change', '+12.0%', '+10.0%']]);
    assert.deepEqual(findings(`| Year | Papers | Change vs 2019 |\n| --- | ---: | ---: |\n${rows}`), []);
  });
});
