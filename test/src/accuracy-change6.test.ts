// Changes, rates and multiples (acc-change6): phrasing families with findings and look-alikes that stay silent, in made-up domains.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, loadDefaultDataset, seenFindings, type SeenFinding } from './helpers.js';

const engine = createEngine({ dataset: await loadDefaultDataset() });
const RULES = new Set(['percent-change', 'cagr']);

function findings(text: string): SeenFinding[] {
  return seenFindings(engine, text, RULES);
}

describe('a change counted "since YEAR, when … VALUE" to the latest figure of the sentence before', () => {
  const depot = 'In 2025 the depot serviced 726 trams.';
  it('reads an annual rate against the two endpoints, with a suggestion only', () => {
    assert.deepEqual(findings(`${depot} Since 2015, when it serviced 412, the number has grown by 7.8% a year.\n`), [
      { rule: 'cagr', stated: '7.8%', suggestion: '5.8%' },
    ]);
    assert.deepEqual(findings(`${depot} Since 2015, when it serviced 412, the number has grown by 5.8% a year.\n`), []);
  });
  it('reads a total change', () => {
    assert.deepEqual(findings(`${depot} Since 2015, when it serviced 412, the number has risen by 96%.\n`), [
      { rule: 'percent-change', stated: '96%', suggestion: '76%' },
    ]);
    assert.deepEqual(findings(`${depot} Since 2015, when it serviced 412, the number has risen by 76%.\n`), []);
  });
  it('reads a growth multiple stated before "since", with the same noun on both values', () => {
    assert.deepEqual(findings('The hut logged 74 nights in 2025. Nights have nearly tripled since 2020, when the hut logged 41 nights.\n'), [
      { rule: 'percent-change', stated: 'nearly tripled' },
    ]);
    assert.deepEqual(findings('The hut logged 74 nights in 2025. Nights have nearly doubled since 2020, when the hut logged 41 nights.\n'), []);
  });
  it('takes the latest figure of the sentence before, among figure–year pairs and figures of others', () => {
    const before = "In 2025 the orchard picked 726 crates, up 8.0% on the 672 of 2024 and ahead of the Eastfield farm's 670.";
    assert.deepEqual(findings(`${before} Since 2015, when it picked 412, output has grown by 7.8% a year on average.\n`), [
      { rule: 'cagr', stated: '7.8%', suggestion: '5.8%' },
    ]);
  });
  it('stays silent when the main clause names another measure', () => {
    assert.deepEqual(findings(`${depot} Since 2015, when it serviced 412, its budget has grown by 7.8% a year.\n`), []);
    assert.deepEqual(findings('The hut logged 74 nights in 2025. Bookings have more than doubled since 2020, when the hut logged 41 nights.\n'), []);
  });
  it('stays silent when the "when" clause counts something else or names another subject', () => {
    assert.deepEqual(findings(`${depot} Since 2015, when it employed 412 fitters, the number has grown by 7.8% a year.\n`), []);
    assert.deepEqual(findings(`${depot} Since 2015, when Westfold serviced 412, the number has grown by 7.8% a year.\n`), []);
  });
  it('stays silent when the sentence before runs to a later year than its paired figure', () => {
    assert.deepEqual(findings('In 2025 the depot serviced 726 trams; by 2026 it serviced 800. Since 2015, when it serviced 412, the number has grown by 7.8% a year.\n'), []);
  });
  it('stays silent on a rate of another period, a one-year change or a scenario', () => {
    assert.deepEqual(findings(`${depot} Since 2015, when it serviced 412, the number has grown by 7.8% a year since then.\n`), []);
    assert.deepEqual(findings(`${depot} Since 2015, when it serviced 412, the number has grown by 7.8% year on year.\n`), []);
    assert.deepEqual(findings('The depot serviced 726 trams in 2025. Since 2015, when it serviced 412 trams, the number would have grown by 7.8% a year without the strike.\n'), []);
    assert.deepEqual(findings('The depot serviced 726 trams in 2025. Since 2015, when it serviced 412 trams, the number is expected to grow by 7.8% a year.\n'), []);
  });
});

describe('growth formulas written out: yearly-rate names, year-named values, time-indexed values', () => {
  const formulaFindings = (text: string) => seenFindings(engine, text, new Set(['formula']));
  it('reads "annualised growth" and "average annual growth" as a compound rate, never as a total change', () => {
    assert.deepEqual(formulaFindings('Annualised growth = (final / initial)^(1/n) − 1.\n'), []);
    assert.deepEqual(formulaFindings('Average annual growth = (final / initial)^(1/n) − 1.\n'), []);
    assert.deepEqual(formulaFindings('The kennel board computes average annual growth as (end − start) / start / n, where n is the number of years.\n').map((f) => f.stated), ['(end − start) / start / n']);
    assert.deepEqual(formulaFindings('The kennel board computes average annual growth as (end / start)^(1/n) − 1, where n is the number of years.\n'), []);
  });
  it('takes n from two values named by their years, in any writing (V₂₀₂₄, value 2024, P_{2024})', () => {
    assert.deepEqual(formulaFindings('Growth is reported as CAGR = (V₂₀₂₄ / V₂₀₁₅)^(1/9) − 1.\n'), []);
    assert.deepEqual(formulaFindings('Growth is reported as CAGR = (V₂₀₂₄ / V₂₀₁₅)^(1/10) − 1.\n').map((f) => f.stated), ['(V₂₀₂₄ / V₂₀₁₅)^(1/10) − 1']);
    assert.deepEqual(formulaFindings('Compound annual growth, calculated as CAGR = (value 2024 / value 2015)^(1/9) − 1, was 9.3%.\n'), []);
    assert.deepEqual(formulaFindings('Compound annual growth, calculated as CAGR = (value 2024 / value 2015)^(1/10) − 1, was 9.3%.\n').map((f) => f.stated), ['(value 2024 / value 2015)^(1/10) − 1']);
    assert.deepEqual(formulaFindings('Rates are compound: CAGR = (P_{2024} / P_{2015})^{1/9} − 1.\n'), []);
    assert.deepEqual(formulaFindings('Change (%) = (2024 value − 2015 value) / 2015 value × 100.\n'), []);
    assert.deepEqual(formulaFindings('Change (%) = (2024 value − 2015 value) / 2024 value × 100.\n').map((f) => f.stated), ['(2024 value − 2015 value) / 2024 value × 100']);
  });
  it('reads V_t / V_0 as the final and the initial value, with t the number of years', () => {
    assert.deepEqual(formulaFindings('CAGR = (V_t / V_0)^(1/t) − 1.\n'), []);
    assert.deepEqual(formulaFindings('CAGR = (V_t / V_0)^(1/(t-1)) − 1.\n').map((f) => f.stated), ['(V_t / V_0)^(1/(t-1)) − 1']);
    assert.deepEqual(formulaFindings('Percent change = (V_t − V_0) / V_0 × 100.\n'), []);
    assert.deepEqual(formulaFindings('Percent change = (V_t − V_0) / V_t × 100.\n').map((f) => f.stated), ['(V_t − V_0) / V_t × 100']);
  });
  it('reads "The CAGR is (…)" and ", computed as (…)", and takes "− 1 × 100" as the rate in percent', () => {
    assert.deepEqual(formulaFindings('The CAGR is (final / initial)^(1/(n+1)) − 1, where n is the number of years.\n').map((f) => f.stated), ['(final / initial)^(1/(n+1)) − 1']);
    assert.deepEqual(formulaFindings('The CAGR is (final / initial)^(1/n) − 1, where n is the number of years.\n'), []);
    assert.deepEqual(formulaFindings('We report the CAGR, computed as [(final / initial)^(1/n)] − 1 × 100.\n'), []);
  });
  it('stays silent on computations with numbers and on words in brackets', () => {
    assert.deepEqual(formulaFindings('Annual growth = (726 − 672) / 672 = 8.0%.\n'), []);
    assert.deepEqual(formulaFindings('The CAGR is (726 / 412)^(1/10) − 1 = 5.8%.\n'), []);
    assert.deepEqual(formulaFindings('Yearly growth is (new hires / staff) in our reports.\n'), []);
    assert.deepEqual(formulaFindings('The CAGR was (as the note explains) 5.8%.\n'), []);
  });
});

describe('a change said as a fraction in words, "a fall of", "by a factor of"', () => {
  it('reads "fell by a third", "grew by half", "rose by nearly a quarter" against the endpoints', () => {
    assert.deepEqual(findings('Tractor hires dropped by a quarter, from 260 in 2015 to 160 in 2020.\n'), [{ rule: 'percent-change', stated: 'by a quarter' }]);
    assert.deepEqual(findings('Tractor hires dropped by a quarter, from 260 in 2015 to 200 in 2020.\n'), []);
    assert.deepEqual(findings('Tractor hires grew by half, from 200 in 2015 to 260 in 2020.\n'), [{ rule: 'percent-change', stated: 'by half' }]);
    assert.deepEqual(findings('Tractor hires grew by half, from 200 in 2015 to 300 in 2020.\n'), []);
    assert.deepEqual(findings('Tractor hires fell by nearly half, from 260 in 2015 to 200 in 2020.\n'), [{ rule: 'percent-change', stated: 'by nearly half' }]);
    assert.deepEqual(findings('Tractor hires fell by nearly half, from 260 in 2015 to 140 in 2020.\n'), []);
    assert.deepEqual(findings('Tractor hires grew by more than a third, from 200 in 2015 to 260 in 2020.\n'), [{ rule: 'percent-change', stated: 'by more than a third' }]);
    assert.deepEqual(findings('Tractor hires grew by more than a third, from 200 in 2015 to 280 in 2020.\n'), []);
  });
  it('stays silent on a fraction of something else: "half a point", "a third of the plan", "half as much as"', () => {
    assert.deepEqual(findings('The hire fee fell by half a euro, from 3.0 in 2015 to 2.0 in 2020.\n'), []);
    assert.deepEqual(findings('Hires were cut by a third of the planned number, from 260 in 2015 to 200 in 2020.\n'), []);
    assert.deepEqual(findings('Hires grew by half as much as fees, from 200 in 2015 to 220 in 2020.\n'), []);
    assert.deepEqual(findings('Hires grew by a third in the region, while our own rose from 200 in 2015 to 220 in 2020.\n'), []);
  });
  it('reads "a fall of X%" as the change, and "by a factor of N" as a multiple', () => {
    assert.deepEqual(findings('Tractor hires dropped from 260 in 2015 to 200 in 2020, a fall of 30%.\n'), [{ rule: 'percent-change', stated: '30%', suggestion: '23%' }]);
    assert.deepEqual(findings('Tractor hires dropped from 260 in 2015 to 200 in 2020, a fall of 23%.\n'), []);
    assert.deepEqual(findings('Tractor hires grew by a factor of 2.5, from 200 in 2015 to 360 in 2020.\n'), [{ rule: 'percent-change', stated: 'by a factor of 2.5' }]);
    assert.deepEqual(findings('Tractor hires grew by a factor of 1.8, from 200 in 2015 to 360 in 2020.\n'), []);
    assert.deepEqual(findings('Hire fees differ by a factor of two between the depots, 200 in Westby and 400 in Eastby.\n'), []);
  });
});

describe("a partner share's change in points against the dataset's two periods", () => {
  const partners = datasetOf({
    'orchards.json': {
      sources: [{ id: 'orchard-survey', title: 'Orchard Co-authorship Survey', publisher: 'Made-up Fruit Council', year: 2025 }],
      entities: [
        { id: 'nfo', name: 'Northfold Orchard Institute', aliases: ['NFO'], kind: 'research-institute' },
        { id: 'sbo', name: 'Southbay Orchard Station', aliases: ['SBO'], kind: 'research-institute' },
        { id: 'denmark', name: 'Denmark', aliases: [], kind: 'country' },
        { id: 'chile', name: 'Chile', aliases: [], kind: 'country' },
      ],
      metrics: [{ id: 'partner-share', label: 'Share of co-authored papers with a partner-country co-author', unit: 'percent', phrases: ['partner-country share'] }],
      observations: [
        { entity: 'nfo', metric: 'partner-share', period: '2015–2019', partner: 'denmark', value: 34.3, source: 'orchard-survey' },
        { entity: 'nfo', metric: 'partner-share', period: '2020–2024', partner: 'denmark', value: 33.0, source: 'orchard-survey' },
        { entity: 'nfo', metric: 'partner-share', period: '2015–2019', partner: 'chile', value: 9.8, source: 'orchard-survey' },
        { entity: 'nfo', metric: 'partner-share', period: '2020–2024', partner: 'chile', value: 15.7, source: 'orchard-survey' },
      ],
    },
  });
  const partnerEngine = createEngine({ dataset: partners });
  const seen = (text: string) => seenFindings(partnerEngine, text, RULES);
  it('reads "fell N points between the windows, to X%", "on PERIOD", "between P1 and P2", adjectives for the partner', () => {
    assert.deepEqual(seen("NFO's Danish share fell 3.1 points between the windows, to 33.0%, while its Chile share went from 9.8% to 15.7%.\n"), [{ rule: 'percent-change', stated: '3.1', suggestion: '1.3' }]);
    assert.deepEqual(seen("NFO's Danish share fell 1.3 points between the windows, to 33.0%.\n"), []);
    assert.deepEqual(seen("NFO's Denmark share fell 2.3 points on 2015–2019.\n"), [{ rule: 'percent-change', stated: '2.3', suggestion: '1.3' }]);
    assert.deepEqual(seen("NFO's Denmark share fell 2.3 points between 2015–2019 and 2020–2024.\n"), [{ rule: 'percent-change', stated: '2.3', suggestion: '1.3' }]);
  });
  it('takes the one entity of the paragraph and the partner named last before the figure', () => {
    assert.deepEqual(seen('NFO has widened its reach. In 2020–2024 papers with a Danish co-author made up 33.0% of the total and papers with a Chilean co-author 15.7%, up 6.9 points on 2015–2019.\n'), [
      { rule: 'percent-change', stated: '6.9', suggestion: '5.9' },
    ]);
    assert.deepEqual(seen('NFO has widened its reach. In 2020–2024 papers with a Danish co-author made up 33.0% of the total and papers with a Chilean co-author 15.7%, up 5.9 points on 2015–2019.\n'), []);
  });
  it('stays silent on a gap to another partner, a forecast, a year of its own, or two entities', () => {
    assert.deepEqual(seen("NFO's Danish share was 33.0% in 2020–2024, 2.3 points below the Chile share.\n"), []);
    assert.deepEqual(seen("NFO's Danish share is forecast to fall 2.3 points between the windows.\n"), []);
    assert.deepEqual(seen("NFO's Danish share fell 2.3 points in 2023.\n"), []);
    assert.deepEqual(seen("NFO's and SBO's Danish shares fell 2.3 points between the windows.\n"), []);
    assert.deepEqual(seen("NFO's Danish share fell 2.3 points between the windows, to 31.0%.\n"), []);
  });
});

describe('a change, rate or multiple said of a row of a table in the document', () => {
  const table = '| Orchard | 2015 | 2024 |\n|---|---|---|\n| Keldby | 21 | 63 |\n| Marsholt | 287 | 638 |\n\n';
  it('reads a rate against the row of the table\'s only two year columns, with a suggestion only', () => {
    assert.deepEqual(findings(`${table}Growth was fastest at Keldby, a compound 11.6% a year.\n`), [{ rule: 'cagr', stated: '11.6%', suggestion: '13.0%' }]);
    assert.deepEqual(findings(`${table}Growth was fastest at Keldby, a compound 13.0% a year.\n`), []);
  });
  it('reads a change over the two years the sentence names', () => {
    assert.deepEqual(findings(`${table}Marsholt grew 150% between 2015 and 2024.\n`), [{ rule: 'percent-change', stated: '150%', suggestion: '122%' }]);
    assert.deepEqual(findings(`${table}Marsholt grew 122% between 2015 and 2024.\n`), []);
    const three = '| Orchard | 2015 | 2020 | 2024 |\n|---|---|---|---|\n| Keldby | 21 | 40 | 63 |\n\n';
    assert.deepEqual(findings(`${three}Keldby grew 100% between 2020 and 2024.\n`), [{ rule: 'percent-change', stated: '100%', suggestion: '58%' }]);
    // Three year columns and no year in the sentence: which two is a guess.
    assert.deepEqual(findings(`${three}Keldby grew 100% over the decade.\n`), []);
  });
  it('reads a growth multiple when the table names what the clause measures', () => {
    const crops = '| Crop (tonnes) | 2015 | 2024 |\n|---|---|---|\n| Keldby | 21 | 63 |\n\n';
    assert.deepEqual(findings(`${crops}Keldby's crop quadrupled over the period.\n`), [{ rule: 'percent-change', stated: 'quadrupled' }]);
    assert.deepEqual(findings(`${crops}Keldby's crop tripled over the period.\n`), []);
  });
  it('stays silent on another measure, a forecast, a comparison, or a one-year change', () => {
    assert.deepEqual(findings(`${table}Keldby's staff grew 40% over the period.\n`), []);
    assert.deepEqual(findings(`${table}Keldby is expected to grow 40% by 2030.\n`), []);
    assert.deepEqual(findings(`${table}Keldby grew 40% faster than Marsholt.\n`), []);
    assert.deepEqual(findings(`${table}Keldby grew 10% in 2020 alone.\n`), []);
  });
});

describe('a rate named as such after its statement: "; the CAGR was X%", "The CAGR over the period was X%."', () => {
  const statement = 'Lock passages went from 200 in 2015 to 260 in 2020';
  it('reads the named rate after a semicolon or in the next sentence', () => {
    assert.deepEqual(findings(`${statement}; the compound annual growth rate was 6.4%.\n`), [{ rule: 'cagr', stated: '6.4%', suggestion: '5.4%' }]);
    assert.deepEqual(findings(`${statement}; the compound annual growth rate was 5.4%.\n`), []);
    assert.deepEqual(findings(`${statement}. The CAGR over the period was 6.4%.\n`), [{ rule: 'cagr', stated: '6.4%', suggestion: '5.4%' }]);
    assert.deepEqual(findings(`${statement}. Over the period, the compound annual growth rate was 6.4%.\n`), [{ rule: 'cagr', stated: '6.4%', suggestion: '5.4%' }]);
  });
  it('reads "an annual average growth of X%" as a rate, never as the total change', () => {
    assert.deepEqual(findings(`${statement}, an annual average growth of 6.4%.\n`), [{ rule: 'cagr', stated: '6.4%', suggestion: '5.4%' }]);
    assert.deepEqual(findings(`${statement}, an annual average growth of 5.4%.\n`), []);
  });
  it('stays silent on the rate of another measure, subject, period or scenario', () => {
    assert.deepEqual(findings(`${statement}; the compound annual growth rate of fares was 6.4%.\n`), []);
    assert.deepEqual(findings(`${statement}; the national CAGR was 6.4%.\n`), []);
    assert.deepEqual(findings(`${statement}; Westby's CAGR was 6.4%.\n`), []);
    assert.deepEqual(findings(`${statement}. The CAGR for 2010–2015 was 6.4%.\n`), []);
    assert.deepEqual(findings(`${statement}. Fares rose too. The CAGR was 6.4%.\n`), []);
    assert.deepEqual(findings(`${statement}; the target CAGR was 6.4%.\n`), []);
  });
});

describe('a change between two values that each carry their own year, in any order and wording', () => {
  it('pairs each value with its year: "2015\'s 200", "(2015: 200)", "2015 (200)", "the 2015 total of 200", "there were"', () => {
    assert.deepEqual(findings("Lock passages reached 260 in 2020, a 35% increase on 2015's 200.\n"), [{ rule: 'percent-change', stated: '35%', suggestion: '30%' }]);
    assert.deepEqual(findings("Lock passages reached 260 in 2020, a 30% increase on 2015's 200.\n"), []);
    assert.deepEqual(findings('The lock made 260 passages in 2020 (2015: 200), up 35%.\n'), [{ rule: 'percent-change', stated: '35%', suggestion: '30%' }]);
    assert.deepEqual(findings('Lock passages increased by 35% between 2015 (200) and 2020 (260).\n'), [{ rule: 'percent-change', stated: '35%', suggestion: '30%' }]);
    assert.deepEqual(findings('The 2020 total of 260 was 35% above the 2015 total of 200.\n'), [{ rule: 'percent-change', stated: '35%', suggestion: '30%' }]);
    assert.deepEqual(findings('In 2020 there were 260 passages, 35% up on the 200 recorded in 2015.\n'), [{ rule: 'percent-change', stated: '35%', suggestion: '30%' }]);
    assert.deepEqual(findings('Lock passages fell to 200 in 2020 (2015: 260), down 30%.\n'), [{ rule: 'percent-change', stated: '30%', suggestion: '23%' }]);
    assert.deepEqual(findings('Lock passages fell to 200 in 2020 (2015: 260), down 23%.\n'), []);
    assert.deepEqual(findings('Lock passages reached 260 in 2020 (2015: 200), growing 6.4% a year.\n'), [{ rule: 'cagr', stated: '6.4%', suggestion: '5.4%' }]);
  });
  it('stays silent on another measure, a target, a forecast, a clause of its own, or a share', () => {
    assert.deepEqual(findings('The lock made 260 passages in 2020, 35% more than the 200 barges moored in 2015.\n'), []);
    assert.deepEqual(findings("Lock passages reached 260 in 2020, a 35% increase on 2015's 200 passengers per sailing.\n"), []);
    assert.deepEqual(findings('The 2020 total of 260 was 35% above the 2015 target of 200.\n'), []);
    assert.deepEqual(findings('Lock passages reached 260 in 2020; staff numbered 200 in 2015, and fares rose 35%.\n'), []);
    assert.deepEqual(findings("Lock passages reached 260 in 2020, and are forecast to rise 35% on 2015's 200 by 2030.\n"), []);
    assert.deepEqual(findings('The 2015 total of 200 was 35% below the 2020 total of 260.\n'), []);
    assert.deepEqual(findings('Lock passages reached 260 in 2020 (2015: 200), 35% of the regional total.\n'), []);
    assert.deepEqual(findings('Lock passages reached 260 in 2020 (2015: 200), with a 35% share of the market.\n'), []);
  });
});

describe('a difference in points whose earlier share stands in the sentence before', () => {
  const before = "Eastfold's seed share was 40.0% in 2015.";
  it('reads "By YEAR it had risen to X%, a gain of N points" and "N points higher", with a suggestion only', () => {
    assert.deepEqual(findings(`${before} By 2020 it had risen to 50.0%, a gain of 12 percentage points.\n`), [{ rule: 'percent-change', stated: '12', suggestion: '10' }]);
    assert.deepEqual(findings(`${before} By 2020 it had risen to 50.0%, a gain of 10 percentage points.\n`), []);
    assert.deepEqual(findings(`${before} By 2020 it was 50.0%, up 12 points.\n`), [{ rule: 'percent-change', stated: '12', suggestion: '10' }]);
  });
  it('stays silent on another subject, another share, or a gap to something else', () => {
    assert.deepEqual(findings(`${before} By 2020 Westfold's was 50.0%, up 12 points.\n`), []);
    assert.deepEqual(findings(`${before} By 2020 its cost share was 50.0%, up 12 points.\n`), []);
    assert.deepEqual(findings(`${before} By 2020 it was 50.0%, 12 points above the national figure.\n`), []);
  });
});

describe('a change row in a table whose rows are years and whose columns are subjects', () => {
  const years = '| Year | Upmill | Downmill |\n|---|---|---|\n| 2015 | 400 | 200 |\n| 2020 | 500 | 300 |\n';
  it('reads each column\'s change, CAGR or points against its cells in the two year rows, with a suggestion only', () => {
    assert.deepEqual(findings(`${years}| Change 2015–20 | +30% | +50% |\n`), [{ rule: 'percent-change', stated: '+30%', suggestion: '+25%' }]);
    assert.deepEqual(findings(`${years}| Change | +25% | +50% |\n`), []);
    assert.deepEqual(findings(`${years}| CAGR | 5.6% | 8.4% |\n`), [{ rule: 'cagr', stated: '5.6%', suggestion: '4.6%' }]);
    assert.deepEqual(findings('| Year | Upmill |\n|---|---|\n| 2015 | 40.0% |\n| 2020 | 50.0% |\n| Change (pp) | +12.0 |\n'), [{ rule: 'percent-change', stated: '+12.0', suggestion: '+10.0' }]);
  });
  it('stays silent on three year rows without a period in the label, and on a target row', () => {
    assert.deepEqual(findings('| Year | Upmill |\n|---|---|\n| 2015 | 400 |\n| 2018 | 450 |\n| 2020 | 500 |\n| Change | +30% |\n'), []);
    assert.deepEqual(findings(`${years}| Target growth | +30% | +50% |\n`), []);
  });
});

describe('endpoints in a bracket joined by "to" after the change and its period', () => {
  it('reads "grew X% from Y1 to Y2 (A to B)" and a rate after it', () => {
    assert.deepEqual(findings('Ferry crossings grew 70% from 2015 to 2020 (200 to 360).\n'), [{ rule: 'percent-change', stated: '70%', suggestion: '80%' }]);
    assert.deepEqual(findings('Ferry crossings grew 80% from 2015 to 2020 (200 to 360).\n'), []);
    assert.deepEqual(findings('Ferry crossings grew 80% from 2015 to 2020 (200 to 360), or 16% per annum.\n'), [{ rule: 'cagr', stated: '16%', suggestion: '12%' }]);
  });
  it('stays silent on a bracket that holds more than the endpoints', () => {
    assert.deepEqual(findings('Ferry crossings rose 10% (up to 360 on peak days).\n'), []);
    assert.deepEqual(findings('Ferry crossings grew 80% (ages 20 to 36 mostly).\n'), []);
  });
});
