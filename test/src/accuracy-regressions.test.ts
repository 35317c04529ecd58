// Readings that went wrong on drafts by other authors (issue #8): each once gave a false finding or a wrong certain fix.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { loadDefaultDataset } from './helpers.js';

const engine = createEngine({ dataset: await loadDefaultDataset() });

interface Seen {
  rule: string;
  stated: string;
  fix?: string;
  suggestion?: string;
}

function findings(text: string): Seen[] {
  return engine.check(text).diagnostics.map((d) => ({
    rule: d.ruleId,
    stated: text.slice(d.range.start, d.range.end),
    ...(d.fix ? { fix: d.fix.edits.map((e) => e.newText).join(' ') } : {}),
    ...(d.suggestions?.length ? { suggestion: d.suggestions[0]!.edits.map((e) => e.newText).join(' ') } : {}),
  }));
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
      { rule: 'percent-change', stated: '30%', fix: '20%' },
    ]);
  });
  it('has no percent change from a negative base', () => {
    assert.deepEqual(findings('The balance went from -100 to 50 (+150%).\n'), []);
  });
  it('reads a year-shaped final value followed by its year as a quantity', () => {
    assert.deepEqual(findings('Sales went from 100 in 2010 to 2000 in 2020 (+1800%).\n'), [{ rule: 'percent-change', stated: '+1800%', fix: '+1900%' }]);
    assert.deepEqual(findings('Sales went from 100 in 2010 to 2000 in 2020 (+1900%).\n'), []);
  });
});

describe('rates keep their direction and their kind', () => {
  it('reads "a compound annual decline of 5.4%" as −5.4%', () => {
    assert.deepEqual(findings('Days at sea went from 210 in 2020 to 168 in 2024, a compound annual decline of 5.4%.\n'), []);
  });
  it('fixes a wrong decline without adding a sign', () => {
    assert.deepEqual(findings('Days at sea went from 210 in 2020 to 168 in 2024, a compound annual decline of 7.4%.\n'), [
      { rule: 'cagr', stated: '7.4%', fix: '5.4%' },
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
    assert.deepEqual(findings('Output rose from 1000 in 2014 to 1553 in 2024 (CAGR 8,3 %).\n'), [{ rule: 'cagr', stated: '8,3 %', fix: '4,5 %' }]);
  });
});
