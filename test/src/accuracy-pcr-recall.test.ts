// Percent-change and cagr recall (acc-pc-recall): phrasing families with findings and look-alikes that stay silent, in made-up domains.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { loadDefaultDataset, seenFindings, type SeenFinding } from './helpers.js';

const engine = createEngine({ dataset: await loadDefaultDataset() });
const RULES = new Set(['percent-change', 'cagr']);

function findings(text: string): SeenFinding[] {
  return seenFindings(engine, text, RULES);
}

describe('an endpoint among several figure–year pairs of the sentence before', () => {
  const before = 'The cooperative kept 900 hives in 2024, up 12.5% on the 800 of 2023.';
  it('reads "up X% from N in Y" against the pair that spans the longest period, with a suggestion only', () => {
    assert.deepEqual(findings(`${before} Over the period the cooperative's hives are up 80% from 450 hives in 2016.\n`), [
      { rule: 'percent-change', stated: '80%', suggestion: '100%' },
    ]);
  });
  it('reads the latest figure even when a modifier stands before its noun ("900 well-kept hives")', () => {
    const modified = 'The cooperative kept 900 well-kept hives in 2024, up 12.5% on the 800 of 2023.';
    assert.deepEqual(findings(`${modified} Over the period the cooperative's hives are up 100% from 450 hives in 2016.\n`), []);
    assert.deepEqual(findings(`${modified} Over the period the cooperative's hives are up 80% from 450 hives in 2016.\n`), [
      { rule: 'percent-change', stated: '80%', suggestion: '100%' },
    ]);
  });
  it('never reads against an earlier figure when the latest one cannot be read', () => {
    // 900 "beehives" names no noun of the set-out sentence: the latest figure has no reading, so none is made.
    const other = 'The cooperative kept 900 beehives in 2024, up 12.5% on the 800 of 2023.';
    assert.deepEqual(findings(`${other} Over the period the cooperative's hives are up 90% from 450 hives in 2016.\n`), []);
  });
  it('stays silent when the change is right', () => {
    assert.deepEqual(findings(`${before} Over the period the cooperative's hives are up 100% from 450 hives in 2016.\n`), []);
  });
  it('stays silent when the change fits another pair of the sentence before (the author may have measured to it)', () => {
    assert.deepEqual(findings(`${before} Over the period the cooperative's hives are up 77.8% from 450 hives in 2016.\n`), []);
  });
  it('stays silent when a figure of the sentence before has no year of its own', () => {
    assert.deepEqual(findings(`The cooperative kept 900 hives in 2024, against 800 a while ago. Over the period the cooperative's hives are up 80% from 450 hives in 2016.\n`), []);
  });
  it('stays silent when the sentence arrives at its value: the change may count from any figure before', () => {
    assert.deepEqual(findings('The cooperative kept 450 hives in 2016 and 500 in 2018. By 2024 its hives had risen to 900, an increase of 80%.\n'), []);
  });
  it('never reads an annual rate against the pairs', () => {
    assert.deepEqual(findings(`${before} Over the period the cooperative's hives grew 12% a year from 450 hives in 2016.\n`), []);
  });
  it('stays silent when the sentence names another subject', () => {
    assert.deepEqual(findings(`${before} Over the period Westfold's hives are up 80% from 450 hives in 2016.\n`), []);
  });
  it('lets the next sentence speak of the change read across sentences: "Compounded, that is X% a year"', () => {
    assert.deepEqual(findings(`${before} Over the period the cooperative's hives are up 100% from 450 hives in 2016.\n\nCompounded, that is growth of 12% a year.\n`), [
      { rule: 'cagr', stated: '12%', suggestion: '9%' },
    ]);
    // A sentence with figures of its own in between: "that" no longer speaks of the change.
    assert.deepEqual(findings(`${before} Over the period the cooperative's hives are up 100% from 450 hives in 2016. Honey sales reached 300 jars. Compounded, that is growth of 12% a year.\n`), []);
    assert.deepEqual(findings(`${before} Over the period the cooperative's hives are up 100% from 450 hives in 2016. Compounded, that is growth of 12% a year.\n`), [
      { rule: 'cagr', stated: '12%', suggestion: '9%' },
    ]);
    assert.deepEqual(findings(`${before} Over the period the cooperative's hives are up 100% from 450 hives in 2016. Compounded, that is growth of 9% a year.\n`), []);
  });
});

describe('endpoint years given as "at the end of YYYY"', () => {
  it('reads "from A at the end of Y1 to B at the end of Y2" with its change and multiple', () => {
    assert.deepEqual(findings('Barge numbers rose from 120 at the end of 2016 to 150 at the end of 2025, an increase of 30%.\n'), [
      { rule: 'percent-change', stated: '30%', suggestion: '25%' },
    ]);
    assert.deepEqual(findings('Barge numbers rose from 120 at the end of 2016 to 150 at the end of 2025, an increase of 25%.\n'), []);
    assert.deepEqual(findings('The guild has tripled its barge fleet over the decade, from 1 barge at the end of 2016 to 4 at the end of 2025.\n').map((f) => [f.rule, f.stated]), [
      ['percent-change', 'tripled'],
    ]);
    assert.deepEqual(findings('The guild has quadrupled its barge fleet over the decade, from 1 barge at the end of 2016 to 4 at the end of 2025.\n'), []);
  });
  it('reads the years for a rate: "X% a year" over Y1–Y2', () => {
    assert.deepEqual(findings('Barge numbers rose from 100 at the end of 2015 to 200 at the end of 2025, a compound 9% a year.\n').map((f) => [f.rule, f.stated]), [
      ['cagr', '9%'],
    ]);
    assert.deepEqual(findings('Barge numbers rose from 100 at the end of 2015 to 200 at the end of 2025, a compound 7.2% a year.\n'), []);
  });
  it('stays silent when "the end of" names no year', () => {
    assert.deepEqual(findings('Barge numbers rose from 120 at the end of the season to 150, an increase of 30%.\n').filter((f) => f.fix), []);
  });
});
