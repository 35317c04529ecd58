// Changes, points, multiples and annual rates on drafts by other authors (acc-chg8): each reading with sentences of our
// own in other words that it must flag, and look-alikes (other subjects, years, measures, gaps to another party) that
// must stay silent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { loadDefaultDataset, seenFindings, type SeenFinding } from './helpers.js';
import { labSurvey } from './made-up-datasets.js';

const engine = createEngine({ dataset: await loadDefaultDataset() });
const RULES = new Set(['percent-change', 'cagr']);

function findings(text: string): SeenFinding[] {
  return seenFindings(engine, text, RULES);
}
function verified(text: string): string[] {
  return (engine.check(text).state.verified ?? []).map((v) => text.slice(v.range.start, v.range.end));
}
const said = (text: string) => findings(text).map((f) => [f.rule, f.stated, f.fix ?? f.suggestion]);

describe('a rate "since YEAR, when …" whose verb is a rate verb ("receipts have compounded at 38.6% a year")', () => {
  const before = 'The kiln’s orders rose from 110 orders in 2016 to 1,560 orders in 2025.';
  it('reads the rate against the sentence before', () => {
    assert.deepEqual(said(`${before} Since 2020, when the kiln took 380 orders, orders have compounded at 38.6% a year.\n`), [['cagr', '38.6%', '32.6%']]);
    assert.deepEqual(findings(`${before} Since 2020, when the kiln took 380 orders, orders have compounded at 32.6% a year.\n`), []);
    assert.deepEqual(verified(`${before} Since 2020, when the kiln took 380 orders, orders have compounded at 32.6% a year.\n`).includes('32.6%'), true);
    assert.deepEqual(said(`${before} Since 2020, when it took 380 orders, they have been compounding at 38.6% a year.\n`), [['cagr', '38.6%', '32.6%']]);
  });
  it('stays silent on another measure, another subject or a forecast in the main clause', () => {
    assert.deepEqual(findings(`${before} Since 2020, when the kiln took 380 orders, its staff have compounded at 38.6% a year.\n`), []);
    assert.deepEqual(findings(`${before} Since 2020, when the kiln took 380 orders, Westmoor’s orders have compounded at 38.6% a year.\n`), []);
    assert.deepEqual(findings(`${before} Since 2020, when the kiln took 380 orders, orders would have compounded at 38.6% a year.\n`), []);
  });
});

describe('a difference in points between two scores of one statement ("from 80.5 to 84.1, up 3.6 points")', () => {
  it('flags a wrong difference and passes a right one, a rise or a fall', () => {
    assert.deepEqual(said('The orchard’s audit score went from 80.5 in 2024 to 84.1 in 2025, up 5.6 points.\n'), [['percent-change', '5.6', '3.6']]);
    assert.deepEqual(findings('The orchard’s audit score went from 80.5 in 2024 to 84.1 in 2025, up 3.6 points.\n'), []);
    assert.deepEqual(verified('The orchard’s audit score went from 80.5 in 2024 to 84.1 in 2025, up 3.6 points.\n'), ['3.6']);
    assert.deepEqual(findings('The index score went from 62.0 in 2020 to 58.5 in 2025, a fall of 3.5 points.\n'), []);
    assert.deepEqual(said('The index score went from 62.0 in 2020 to 58.5 in 2025, a fall of 2.5 points.\n'), [['percent-change', '2.5', '3.5']]);
    assert.deepEqual(said('Its rating slid from 71 points in 2019 to 66 points in 2023, down 7 points.\n'), [['percent-change', '7', '5']]);
  });
  it('stays silent on a gap to another party, another party’s gain, another measure or endpoints that count something else', () => {
    assert.deepEqual(findings('The orchard’s audit score went from 80.5 in 2024 to 84.1 in 2025, up 3.6 points and 5.7 points clear of Westmoor.\n'), []);
    assert.deepEqual(findings('The index score went from 62.0 in 2020 to 58.5 in 2025, 4.5 points below Westby.\n'), []);
    assert.deepEqual(findings('The index score went from 62.0 in 2020 to 58.5 in 2025, and Westby gained 4.5 points.\n'), []);
    assert.deepEqual(findings('The index score went from 62.0 in 2020 to 58.5 in 2025, with 4.5 points for teaching.\n'), []);
    assert.deepEqual(findings('The team went from 12 wins in 2020 to 18 in 2025, up 40 points in the league table.\n'), []);
    assert.deepEqual(findings('The score went from 62.0 in 2020 to 58.5 in 2025, down 1.1 points a year.\n'), []);
  });
});

describe('a difference in points of a score or share whose endpoints are the dataset’s ("its score fell 1.7 points between 2023 and 2025")', () => {
  const labs = createEngine({
    dataset: labSurvey({
      metrics: [
        { id: 'audit', label: 'Audit score', unit: 'score', phrases: ['audit score'] },
        { id: 'pass', label: 'Exam pass rate', unit: 'percent', phrases: ['pass rate'] },
        { id: 'papers', label: 'Papers', unit: 'count', phrases: ['papers'] },
      ],
      observations: [
        { entity: 'tembo', metric: 'audit', year: 2023, value: 62.1, source: 'survey' },
        { entity: 'tembo', metric: 'audit', year: 2025, value: 61.4, source: 'survey' },
        { entity: 'nyota', metric: 'audit', year: 2023, value: 55.0, source: 'survey' },
        { entity: 'nyota', metric: 'audit', year: 2025, value: 58.0, source: 'survey' },
        { entity: 'tembo', metric: 'pass', year: 2016, value: 31.0, source: 'survey' },
        { entity: 'tembo', metric: 'pass', year: 2025, value: 38.5, source: 'survey' },
        { entity: 'tembo', metric: 'papers', year: 2016, value: 40, source: 'survey' },
        { entity: 'tembo', metric: 'papers', year: 2025, value: 90, source: 'survey' },
      ],
    }),
  });
  const seen = (text: string) => seenFindings(labs, text, RULES).map((f) => [f.stated, f.fix ?? f.suggestion]);
  it('flags a wrong difference with a suggestion, and passes the right one', () => {
    assert.deepEqual(seen('Tembo’s audit score fell 1.7 points between 2023 and 2025.\n'), [['1.7', '0.7']]);
    assert.deepEqual(seen('Tembo’s audit score fell 0.7 points between 2023 and 2025.\n'), []);
    assert.deepEqual(seen('Between 2023 and 2025 the audit score of Nyota rose by 4 points.\n'), [['4', '3']]);
    assert.deepEqual(seen('Tembo’s pass rate rose 5.5 percentage points between 2016 and 2025.\n'), [['5.5', '7.5']]);
    assert.deepEqual(seen('Tembo’s pass rate rose 7.5 percentage points between 2016 and 2025.\n'), []);
  });
  it('stays silent on a gap to another lab, a pace per year, a count measured in points, or another period', () => {
    assert.deepEqual(seen('Tembo’s audit score was 1.7 points above Nyota’s between 2023 and 2025.\n'), []);
    assert.deepEqual(seen('Tembo’s audit score fell 1.7 points a year between 2023 and 2025.\n'), []);
    assert.deepEqual(seen('Tembo’s papers rose 12 points between 2016 and 2025.\n'), []);
    assert.deepEqual(seen('Tembo’s audit score fell 1.7 points between 2022 and 2025.\n'), []);
    assert.deepEqual(seen('Tembo and Nyota saw their audit score fall 1.7 points between 2023 and 2025.\n'), []);
  });
});

describe('two sums over periods, each with its own period ("1,755 over 2015–2019 and 2,666 over 2020–2024")', () => {
  it('reads the change between the periods', () => {
    assert.deepEqual(said('The co-op’s members sold 210 tonnes over 2015–2019 and 260 tonnes over 2020–2024, an increase of 33.8% between the two periods.\n'), [['percent-change', '33.8%', '23.8%']]);
    assert.deepEqual(findings('The co-op’s members sold 210 tonnes in 2015–2019 and 260 tonnes in 2020–2024, an increase of 23.8%.\n'), []);
    assert.deepEqual(verified('The co-op’s members sold 210 tonnes in 2015–2019 and 260 tonnes in 2020–2024, an increase of 23.8%.\n'), ['23.8%']);
    assert.deepEqual(said('Grants numbered 96 during 2011–2015 and 72 during 2016–2020, a fall of 35%.\n'), [['percent-change', '35%', '25%']]);
  });
  it('never reads an annual rate between sums over periods', () => {
    assert.deepEqual(findings('The co-op’s members sold 210 tonnes in 2015–2019 and 260 tonnes in 2020–2024, a CAGR of 9.9%.\n'), []);
  });
  it('stays silent on other units, periods in reverse, a second subject or a change of something else', () => {
    assert.deepEqual(findings('The co-op sold 210 tonnes in 2015–2019 and 260 hectares in 2020–2024, an increase of 33.8%.\n'), []);
    assert.deepEqual(findings('The co-op sold 210 tonnes in 2020–2024 and 260 tonnes in 2015–2019, an increase of 33.8%.\n'), []);
    assert.deepEqual(findings('The co-op sold 210 tonnes in 2015–2019 and its rival 260 tonnes in 2020–2024, an increase of 33.8%.\n'), []);
    assert.deepEqual(findings('The co-op sold 210 tonnes in 2015–2019 and 260 tonnes in 2020–2024, while yields rose 33.8%.\n'), []);
    assert.deepEqual(findings('The co-op sold 210 tonnes in 2015–2019 and 260 tonnes in 2018–2022, an increase of 33.8%.\n'), []);
  });
});

describe('endpoints written as words ("from one satellite at the end of 2016 to four at the end of 2025")', () => {
  it('reads a multiple or a change between spelled counts', () => {
    assert.deepEqual(said('The observatory has tripled its fleet of drones, from one drone in 2016 to four in 2025.\n'), [['percent-change', 'tripled', undefined]]);
    assert.deepEqual(findings('The observatory has quadrupled its fleet of drones, from one drone in 2016 to four in 2025.\n'), []);
    assert.deepEqual(verified('The observatory has quadrupled its fleet of drones, from one drone in 2016 to four in 2025.\n'), ['quadrupled']);
    assert.deepEqual(said('The clinic went from two wards at the end of 2019 to five at the end of 2024, an increase of 250%.\n'), [['percent-change', '250%', '150%']]);
    assert.deepEqual(findings('The clinic went from twelve wards in 2019 to fifteen in 2024, an increase of 25%.\n'), []);
  });
  it('stays silent on fractions, ratios, scales, percents and figures of another subject', () => {
    assert.deepEqual(findings('Its share rose from two thirds to three quarters, an increase of 50%.\n'), []);
    assert.deepEqual(findings('Funding rose from two million to three, an increase of 20%.\n'), []);
    assert.deepEqual(findings('Success went from one in five to one in three, an increase of 50%.\n'), []);
    assert.deepEqual(findings('The rate went from two to three per cent, an increase of 1%.\n'), []);
    assert.deepEqual(findings('The lab moved from one building to three, and its output tripled.\n'), []);
    assert.deepEqual(findings('Things changed from one day to the next, and the fleet tripled.\n'), []);
  });
});

describe('a difference in points against a named base year ("its score was 84.1 in 2025, up 4.6 points on 2024")', () => {
  const labs = createEngine({
    dataset: labSurvey({
      metrics: [
        { id: 'audit', label: 'Audit score', unit: 'score', phrases: ['audit score'] },
        { id: 'fees', label: 'Fee income', unit: 'currency', currency: 'EUR', scale: 'million', phrases: ['fee income'] },
      ],
      observations: [
        { entity: 'tembo', metric: 'audit', year: 2023, value: 79.0, source: 'survey' },
        { entity: 'tembo', metric: 'audit', year: 2024, value: 80.5, source: 'survey' },
        { entity: 'tembo', metric: 'audit', year: 2025, value: 84.1, source: 'survey' },
        { entity: 'nyota', metric: 'audit', year: 2024, value: 70.0, source: 'survey' },
        { entity: 'nyota', metric: 'audit', year: 2025, value: 84.1, source: 'survey' },
        { entity: 'tembo', metric: 'fees', year: 2024, value: 10.7, source: 'survey' },
        { entity: 'tembo', metric: 'fees', year: 2025, value: 15.6, source: 'survey' },
      ],
    }),
  });
  const seen = (text: string) => seenFindings(labs, text, RULES).map((f) => [f.stated, f.fix ?? f.suggestion]);
  it('flags a wrong difference, the figure’s year named or known from the dataset alone', () => {
    assert.deepEqual(seen('Tembo’s audit score was 84.1 in 2025, up 4.6 points on 2024.\n'), [['4.6', '3.6']]);
    assert.deepEqual(seen('Tembo’s audit score was 84.1 in 2025, up 3.6 points on 2024.\n'), []);
    assert.deepEqual(seen('Tembo’s audit score was 84.1, up 4.6 points on 2024.\n'), [['4.6', '3.6']]);
    assert.deepEqual(seen('Tembo’s audit score was 84.1, 5.1 points higher than in 2023.\n'), []);
    assert.deepEqual(seen('Tembo’s audit score was 84.1, 6.1 points higher than in 2023.\n'), [['6.1', '5.1']]);
    assert.deepEqual(seen('Tembo came first in 2025. Its audit score was 84.1 in 2025, up 4.6 points on 2024.\n'), [['4.6', '3.6']]);
  });
  it('reads a change against the base year with the figure’s value between (“was EUR 15.6 million in 2025, up 52% on 2024”)', () => {
    assert.deepEqual(seen('Tembo’s fee income was EUR 15.6 million in 2025, up 52% on 2024.\n'), [['52%', '46%']]);
    assert.deepEqual(seen('Tembo’s fee income was EUR 15.6 million, up 45.8% on 2024.\n'), []);
  });
  it('stays silent on a pace per year, a gap to another lab, a figure that is no later fact, or one of several', () => {
    assert.deepEqual(seen('Tembo’s audit score was 84.1, up 4.6 points a year on 2024.\n'), []);
    assert.deepEqual(seen('Tembo’s audit score was 84.1, 4.6 points above Nyota’s in 2024.\n'), []);
    assert.deepEqual(seen('Tembo’s audit score was 82.0, up 4.6 points on 2024.\n'), []);
    assert.deepEqual(seen('Tembo’s audit score was 84.1 and 80.5, up 4.6 points on 2024.\n'), []);
    assert.deepEqual(seen('Tembo and Nyota’s audit score was 84.1, up 4.6 points on 2024.\n'), []);
    assert.deepEqual(seen('Tembo’s fee income was EUR 15.6 million, up 52 points on 2024.\n'), []);
  });
});

describe('a change in words before a clause of time and its endpoints ("fell by a quarter when it retired a ship, from 80 to 54")', () => {
  it('reads the endpoints after the clause’s comma', () => {
    assert.deepEqual(said('The ferry’s crossings fell by a quarter when it lost a hull in 2022, from 80 to 54.\n'), [['percent-change', 'by a quarter', undefined]]);
    assert.deepEqual(findings('The ferry’s crossings fell by a third when it lost a hull in 2022, from 80 to 54.\n'), []);
    assert.deepEqual(findings('The ferry’s crossings rose by half once the bridge closed, from 80 to 120.\n'), []);
  });
  it('stays silent when the clause holds a change of its own', () => {
    assert.deepEqual(findings('The ferry’s crossings fell by a quarter when Westby’s fleet grew from 80 to 54.\n'), []);
    assert.deepEqual(findings('The ferry’s crossings fell by a quarter as its crews shrank, from 80 to 54.\n'), []);
    assert.deepEqual(findings('The ferry’s crossings fell by a quarter as its crews shrank from 80 to 54.\n'), []);
  });
});

describe('an organisation called by its place and its kind ("the Kandy station" for Kandy Upland Crops Station)', () => {
  const labs = createEngine({
    dataset: labSurvey({
      entities: [
        { id: 'kir', name: 'Kirra Upland Crops Station', aliases: ['KUCS'], kind: 'organisation' },
        { id: 'ms', name: 'Moro Soil Institute', aliases: [], kind: 'organisation' },
        { id: 'mw', name: 'Moro Water Institute', aliases: [], kind: 'organisation' },
        { id: 'nat', name: 'National Seed Institute', aliases: [], kind: 'organisation' },
      ],
      metrics: [{ id: 'papers', label: 'Papers', unit: 'count', phrases: ['papers'] }],
      observations: ['kir', 'ms', 'mw', 'nat'].flatMap((entity) => [
        { entity, metric: 'papers', year: 2016, value: 40, source: 'survey' },
        { entity, metric: 'papers', year: 2025, value: 90, source: 'survey' },
      ]),
    }),
  });
  const seen = (text: string) => seenFindings(labs, text, RULES).map((f) => [f.stated, f.fix ?? f.suggestion]);
  it('reads the short name as the organisation', () => {
    assert.deepEqual(seen('The Kirra station’s papers rose by 150% between 2016 and 2025.\n'), [['150%', '125%']]);
    assert.deepEqual(seen('The Kirra station’s papers rose by 125% between 2016 and 2025.\n'), []);
  });
  it('never makes a short name two organisations share, nor one whose first word is no place', () => {
    assert.deepEqual(seen('The Moro institute’s papers rose by 150% between 2016 and 2025.\n'), []);
    assert.deepEqual(seen('The National institute’s papers rose by 150% between 2016 and 2025.\n'), []);
    assert.deepEqual(seen('The Kirra institute’s papers rose by 150% between 2016 and 2025.\n'), []);
  });
});

describe('a change in the next item of a list, or after a bold label, that refers back ("- **Growth.** That is an increase of 79%")', () => {
  const items = '- **Ferries.** The two yards launched 192 hulls in 2025, against 107 in 2016.\n';
  it('reads the item against the statement of the item before', () => {
    assert.deepEqual(said(`${items}- **Growth.** That is an increase of 89% over nine years,\n  or 6.7% a year compounded.\n`).map((f) => f.slice(0, 2)), [['percent-change', '89%']]);
    assert.deepEqual(findings(`${items}- **Growth.** That is an increase of 79% over nine years,\n  or 6.7% a year compounded.\n`), []);
    assert.deepEqual(verified(`${items}- **Growth.** That is an increase of 79% over nine years,\n  or 6.7% a year compounded.\n`).filter((v) => v.endsWith('%')).sort(), ['6.7%', '79%']);
    assert.deepEqual(said('The two yards launched 192 hulls in 2025, against 107 in 2016.\n\n**Growth.** That is an increase of 89%.\n').map((f) => f.slice(0, 2)), [['percent-change', '89%']]);
    assert.deepEqual(said(`${items}- **Hulls.** That is an increase of 89%.\n`).map((f) => f.slice(0, 2)), [['percent-change', '89%']]);
  });
  it('stays silent on an item further down, another list, a label that names a subject, or an item with a subject of its own', () => {
    assert.deepEqual(findings(`${items}- Westby launched 50 hulls.\n- That is an increase of 89%.\n`), []);
    assert.deepEqual(findings(`${items}\n1. That is an increase of 89%.\n`), []);
    assert.deepEqual(findings(`${items}- **Westby.** That is an increase of 89%.\n`), []);
    assert.deepEqual(findings(`${items}- **Costs.** Westby’s costs rose 89%.\n`), []);
    assert.deepEqual(findings(`${items}- **Growth.** Westby’s output rose 89%.\n`), []);
  });
});
