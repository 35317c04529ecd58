// Round 9 of the parts readings (issue #8): shares and totals of money, parts in words before their share, and totals
// that must stay silent (hedged, bounded, larger wholes, nested group rows, per-unit columns). Made-up harbours and
// councils, so no sentence is a corpus sentence.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine, loadDataset } from 'factlint';
import { seenFindings } from './helpers.js';

const engine = createEngine({ dataset: loadDataset([]).dataset });
const shares = (text: string) => seenFindings(engine, text, new Set(['share'])).map((f) => [f.stated, f.fix ?? f.suggestion]);
const totals = (text: string) => seenFindings(engine, text, new Set(['total'])).map((f) => [f.stated, f.fix ?? f.suggestion]);

describe('share: money shares in one sentence', () => {
  it('reads a share in apposition, "P of W (S%)", "a S% share" and "of which … took P (S%)"', () => {
    assert.deepEqual(shares('The council spent EUR 4.2 million on roads, 30.0% of its EUR 12.0 million budget.\n'), [['30.0%', '35.0%']]);
    assert.deepEqual(shares('The council spent EUR 4.2 million on roads, or 30.0% of the EUR 12.0 million it spent in all.\n'), [['30.0%', '35.0%']]);
    assert.deepEqual(shares('Roads took EUR 4.2 million of the council’s EUR 12.0 million budget (30.0%).\n'), [['30.0%', '35.0%']]);
    assert.deepEqual(shares('Roads took EUR 4.2 million of the council’s EUR 12.0 million, a 30.0% share.\n'), [['30.0%', '35.0%']]);
    assert.deepEqual(shares('Roads took EUR 4.2 million of the council’s EUR 12.0 million, a share of 30.0%.\n'), [['30.0%', '35.0%']]);
    assert.deepEqual(shares('The council’s budget was EUR 12.0 million in 2024, of which roads took EUR 4.2 million (30.0%).\n'), [['30.0%', '35.0%']]);
    assert.deepEqual(shares('The station logged 300 days at sea in 2024, 30% of the 1,200 days logged by the fleet.\n'), [['30%', '25%']]);
  });

  it('stays silent when the share holds, or is of another currency, scale, unit, a change or a relative clause', () => {
    assert.deepEqual(shares('The council spent EUR 4.2 million on roads, 35.0% of its EUR 12.0 million budget.\n'), []);
    assert.deepEqual(shares('Roads took EUR 4.2 million of the council’s EUR 12.0 billion budget (30.0%).\n'), []);
    assert.deepEqual(shares('Roads took EUR 4.2 million of the council’s USD 12.0 million budget (30.0%).\n'), []);
    assert.deepEqual(shares('Roads took EUR 4.2 million of the EUR 12.0 million raised, up 30.0% on 2023.\n'), []);
    assert.deepEqual(shares('The council spent EUR 4.2 million on roads in 2024, 30.0% more than the EUR 12.0 million of 2020.\n'), []);
    assert.deepEqual(shares('The council spent EUR 4.2 million on roads, 30.0% of which went to repairs of the EUR 12.0 million network.\n'), []);
    assert.deepEqual(shares('The council’s budget was EUR 12.0 million in 2024, of which roads rose by EUR 4.2 million (30.0%).\n'), []);
    assert.deepEqual(shares('Residents aged 65 and over, 25% of the 1,200 surveyed, backed the plan.\n'), []);
    assert.deepEqual(shares('The station logged 300 days at sea in 2024, 30% of the 1,200 papers of the fleet.\n'), []);
    assert.deepEqual(shares('In 2024 the stations ranked 3, 25% of the 12 scored.\n'), []);
  });
});

describe('share: a part in words before its share and digit whole', () => {
  it('reads "Those nine are S% of the 48", "Nine boats, S% of the 48 counted", "the nine … make up S% of the 48"', () => {
    assert.deepEqual(shares('Those nine boats are 25.0% of the 48 in the harbour.\n'), [['25.0%', '18.8%']]);
    assert.deepEqual(shares('The survey counted 48 boats in the harbour. Those nine are 25.0% of the 48 boats.\n'), [['25.0%', '18.8%']]);
    assert.deepEqual(shares('Nine boats, 25.0% of the 48 counted, were under repair.\n'), [['25.0%', '18.8%']]);
    assert.deepEqual(shares('The nine boats under repair make up 25.0% of the harbour’s 48.\n'), [['25.0%', '18.8%']]);
  });

  it('stays silent on a right share, another unit, a comparison, a hedge, joined counts or another clause', () => {
    assert.deepEqual(shares('Only nine boats, 18.8% of the 48 counted, were under repair.\n'), []);
    assert.deepEqual(shares('Those nine boats are 25.0% of the 48 tonnes landed.\n'), []);
    assert.deepEqual(shares('Those nine boats are 25.0% more than the 48 of 2020.\n'), []);
    assert.deepEqual(shares('Those nine boats are about 25.0% of the 48 in the harbour.\n'), []);
    assert.deepEqual(shares('Those nine boats and four barges are 25.0% of the 48 in the harbour.\n'), []);
    assert.deepEqual(shares('The nine new boats are 25.0% of the 48 in the harbour.\n'), []);
    assert.deepEqual(shares('In the second of nine rounds, 25.0% of the 48 boats failed.\n'), []);
    assert.deepEqual(shares('Nine were sold in 2024; 25.0% of the 48 boats failed.\n'), []);
  });
});

describe('total: lists of money and "came to"', () => {
  it('adds money of one currency and scale, and reads "the sum of … came to"', () => {
    assert.deepEqual(totals('The fund paid EUR 2.5 million to schools and EUR 1.5 million to clinics, EUR 5.0 million altogether.\n'), [['EUR 5.0 million', 'EUR 4.0 million']]);
    assert.deepEqual(totals('The fund paid EUR 2.5 million in 2023 and EUR 3.0 million in 2024, a total of EUR 6.5 million.\n'), [['EUR 6.5 million', 'EUR 5.5 million']]);
    assert.deepEqual(totals('Taken together, the three harbours landed 473 tonnes in 2015. By 2024 the sum of 638, 201 and 63 came to 912.\n'), [['912', '902']]);
  });

  it('stays silent on a right sum, other currencies or scales, and "came to" naming something else', () => {
    assert.deepEqual(totals('The fund paid EUR 2.5 million to schools and EUR 1.5 million to clinics, EUR 4.0 million altogether.\n'), []);
    assert.deepEqual(totals('Schools received EUR 2.5 million and clinics USD 1.5 million, EUR 5.0 million in all.\n'), []);
    assert.deepEqual(totals('Schools received 2 million and clinics 800,000, 2.8 million in all.\n'), []);
    assert.deepEqual(totals('The grants of USD 2.0 million, USD 1.5 million and USD 0.5 million came to 12 universities.\n'), []);
    assert.deepEqual(totals('Taken together, the three harbours landed 473 tonnes in 2015. By 2024 the sum of 638, 201 and 63 came to 902.\n'), []);
  });
});

describe('total: figures a total word marks that are not the list’s sum', () => {
  it('holds a hedged total to its rounding and a bound to the sum, as suggestions', () => {
    assert.deepEqual(totals('The three farms harvested 120, 80 and 50 tonnes, some 250 tonnes in all.\n'), []);
    assert.deepEqual(totals('The three farms harvested 121, 83 and 47 tonnes, some 250 tonnes in all.\n'), []);
    assert.deepEqual(totals('The three farms harvested 1,230, 810 and 470 tonnes, about 2,500 tonnes in all.\n'), []);
    assert.deepEqual(totals('The three farms harvested 1,230, 810 and 470 tonnes, about 2,900 tonnes in all.\n'), [['2,900', '2,510']]);
    assert.deepEqual(totals('The three farms harvested 120, 80 and 50 tonnes, more than 240 tonnes in all.\n'), []);
    assert.deepEqual(totals('The three farms harvested 120, 80 and 50 tonnes, more than 260 tonnes in all.\n'), [['260', '250']]);
    assert.deepEqual(totals('The three farms harvested 120, 80 and 50 tonnes, which add up to 260 tonnes.\n'), [['260', '250']]);
  });

  it('stays silent on a larger whole, another year, a subset, rates, overlapping parts or a second list', () => {
    const silent = [
      'The three farms harvested 120, 80 and 50 tonnes of the 400 tonnes harvested in all.',
      'The three farms harvested 120, 80 and 50 tonnes, out of 400 tonnes in all.',
      'The three farms harvested 120, 80 and 50 tonnes, part of the 400 tonnes harvested in all in the valley.',
      'The three farms harvested 120, 80 and 50 tonnes in 2024, against 230 in all in 2023.',
      'Of the 120, 80 and 50 tonnes harvested, 60 tonnes in all were barley.',
      'Between 2020 and 2024 the farm harvested 120, 80 and 50 tonnes a year, 750 tonnes in all over the period.',
      'The farm employs 120 pickers, 80 drivers and 50 packers, 230 staff in all, as some do two jobs.',
      'The three farms harvested 120, 80 and 50 tonnes in 2024, and 130, 90 and 60 tonnes in 2025: 250 and 280 in all.',
      'The fund paid EUR 2.5 million to schools and EUR 1.5 million to clinics, of EUR 9.0 million in all.',
    ];
    for (const text of silent) assert.deepEqual(totals(`${text}\n`), [], text);
  });

  it('reads a list’s total only when it names no larger whole than the items', () => {
    const list = '- Alnby: 120 tonnes\n- Bexholm: 80 tonnes\n- Carrow: 50 tonnes\n';
    assert.deepEqual(totals(`${list}- Total (all nine ports): 610 tonnes\n`), []);
    assert.deepEqual(totals(`${list}\nIn all, the region landed 610 tonnes, including the three ports above.\n`), []);
    assert.deepEqual(totals(`${list}- Total (all three ports): 260 tonnes\n`), [['260', '250']]);
    assert.deepEqual(totals(`${list}\nIn all, the three ports landed 260 tonnes.\n`), [['260', '250']]);
  });
});

describe('total: table Total rows over nested rows and per-unit columns', () => {
  const table = (rows: string, header = '| Region / port | Cod (t) |\n| --- | ---: |\n') => `Landings by port, 2024:\n\n${header}${rows}`;
  it('stays silent on rows that hold their groups’ sums, and on prices per unit', () => {
    assert.deepEqual(totals(table('| North | 200 |\n| Alnby | 120 |\n| Bexholm | 80 |\n| South | 50 |\n| Carrow | 50 |\n| Total | 250 |\n')), []);
    assert.deepEqual(totals(table('| **North** | **200** |\n| – Alnby | 120 |\n| – Bexholm | 80 |\n| **South** | **50** |\n| – Carrow | 50 |\n| **Total** | **260** |\n')), []);
    assert.deepEqual(totals(table('| North | 200 |\n| Alnby | 120 |\n| Bexholm | 80 |\n| Carrow | 50 |\n| Total | 250 |\n')), []);
    const priced = '| Port | Cod (t) | Price (EUR/kg) |\n| --- | ---: | ---: |\n';
    assert.deepEqual(totals(table('| Alnby | 120 | 2.1 |\n| Bexholm | 80 | 2.4 |\n| Carrow | 50 | 1.9 |\n| Total | 250 | 2.2 |\n', priced)), []);
  });

  it('still checks a plain Total row and the additive column beside a price', () => {
    assert.deepEqual(totals(table('| Alnby | 120 |\n| Bexholm | 80 |\n| Carrow | 50 |\n| Total | 260 |\n')), [['260', '250']]);
    const priced = '| Port | Cod (t) | Price (EUR/kg) |\n| --- | ---: | ---: |\n';
    assert.deepEqual(totals(table('| Alnby | 120 | 2.1 |\n| Bexholm | 80 | 2.4 |\n| Carrow | 50 | 1.9 |\n| Total | 260 | 2.2 |\n', priced)), [['260', '250']]);
  });
});
