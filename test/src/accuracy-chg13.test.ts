// Changes and rates whose endpoints, owner or periods stand outside the figure's own sentence (acc-chg13): each reading
// with sentences of our own that it must flag, and look-alikes that must stay silent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings } from './helpers.js';

const RULES = new Set(['percent-change', 'cagr']);

// Two orchard institutes and their partner-country shares in two five-year windows.
const orchards = datasetOf({
  'orchards.json': {
    sources: [{ id: 'orchard-survey', title: 'Orchard Co-authorship Survey', publisher: 'Made-up Fruit Council', year: 2025 }],
    entities: [
      { id: 'nfo', name: 'Northfold Orchard Institute', aliases: ['NFO'], kind: 'research-institute' },
      { id: 'sbo', name: 'Southbay Orchard Station', aliases: ['SBO'], kind: 'research-institute' },
      { id: 'denmark', name: 'Denmark', aliases: [], kind: 'country' },
      { id: 'chile', name: 'Chile', aliases: [], kind: 'country' },
      { id: 'united-states', name: 'United States', aliases: [], kind: 'country' },
    ],
    metrics: [{ id: 'partner-share', label: 'Share of co-authored papers with a partner-country co-author', unit: 'percent', phrases: ['partner-country share'] }],
    observations: [
      { entity: 'nfo', metric: 'partner-share', period: '2015–2019', partner: 'denmark', value: 34.3, source: 'orchard-survey' },
      { entity: 'nfo', metric: 'partner-share', period: '2020–2024', partner: 'denmark', value: 33.0, source: 'orchard-survey' },
      { entity: 'nfo', metric: 'partner-share', period: '2015–2019', partner: 'chile', value: 9.8, source: 'orchard-survey' },
      { entity: 'nfo', metric: 'partner-share', period: '2020–2024', partner: 'chile', value: 15.7, source: 'orchard-survey' },
      { entity: 'nfo', metric: 'partner-share', period: '2015–2019', partner: 'united-states', value: 22.0, source: 'orchard-survey' },
      { entity: 'nfo', metric: 'partner-share', period: '2020–2024', partner: 'united-states', value: 18.5, source: 'orchard-survey' },
      { entity: 'sbo', metric: 'partner-share', period: '2015–2019', partner: 'denmark', value: 12.0, source: 'orchard-survey' },
      { entity: 'sbo', metric: 'partner-share', period: '2020–2024', partner: 'denmark', value: 14.0, source: 'orchard-survey' },
    ],
  },
});
const engine = createEngine({ dataset: orchards });
const seen = (text: string) => seenFindings(engine, text, RULES).map((f) => [f.stated, f.fix ?? f.suggestion ?? null]);
const memo = (body: string) => `**From:** Office of the Director, NFO\n**To:** Heads of programme\n**Subject:** Partners\n\n${body}`;

describe('a partner share whose owner is the writer ("our", "we") or "the institute" named before (acc-chg13)', () => {
  it('reads "our partner …, its share slipped N points to X%" in a memo the institute sends', () => {
    assert.deepEqual(seen(memo('Denmark is still our closest partner, though its share slipped 2.3 points to 33.0%.\n')), [['2.3', '1.3']]);
    assert.deepEqual(seen(memo('Denmark is still our closest partner, though its share slipped 1.3 points to 33.0%.\n')), []);
    assert.deepEqual(seen(memo('In 2020–2024, 15.7% of our joint papers had a Chilean co-author, up 4.9 points on 2015–2019.\n')), [['4.9', '5.9']]);
  });
  it('reads "the institute" of a paragraph whose institute was named just before', () => {
    const text = 'NFO reports on its partners every spring.\n\nThis year the institute found its Danish share down 2.3 points, to 33.0%.\n';
    assert.deepEqual(seen(text), [['2.3', '1.3']]);
  });
  it('stays silent when no one is known: first person in a text nobody signs, or two institutes before', () => {
    assert.deepEqual(seen('Denmark is still our closest partner, though its share slipped 2.3 points to 33.0%.\n'), []);
    assert.deepEqual(seen('NFO and SBO report every spring.\n\nThis year the institute found its Danish share down 2.3 points, to 33.0%.\n'), []);
  });
});

describe('a share named earlier in the paragraph, and the later share "ending at" (acc-chg13)', () => {
  it('reads a clause that opens with its partner after a clause or sentence about a share', () => {
    assert.deepEqual(seen("NFO's Danish share went from 34.3% to 33.0%, a fall of 1.3 points, and the United States lost 5.5 points, ending at 18.5%.\n"), [['5.5', '3.5']]);
    assert.deepEqual(seen("NFO's Chilean share went from 9.8% to 15.7%, up 5.9 points. The United States fell 2.5 points over the same windows, to 18.5%.\n"), [['2.5', '3.5']]);
    assert.deepEqual(seen("NFO's Chilean share went from 9.8% to 15.7%, up 5.9 points. The United States fell 3.5 points over the same windows, to 18.5%.\n"), []);
  });
  it('stays silent when no share is in view or the clause names something else first', () => {
    assert.deepEqual(seen('NFO grew fast. The United States fell 2.5 points over the same windows, to 18.5%.\n'), []);
    assert.deepEqual(seen("NFO's Chilean share went from 9.8% to 15.7%, up 5.9 points. Spending on travel to the United States fell 2.5 points, to 18.5%.\n"), []);
  });
});

describe('the two periods as the columns of the table just above (acc-chg13)', () => {
  const table = '| Partner | 2015–2019 | 2020–2024 |\n| --- | ---: | ---: |\n| Denmark | 34.3 | 33.0 |\n| Chile | 9.8 | 15.7 |\n\n';
  it('reads "its share slipped by N points" under the table', () => {
    assert.deepEqual(seen(`${table}Denmark stays NFO's first partner, though its share slipped by 2.3 points.\n`), [['2.3', '1.3']]);
    assert.deepEqual(seen(`${table}Denmark stays NFO's first partner, though its share slipped by 1.3 points.\n`), []);
  });
  it('stays silent without such a table, or when the table has other columns', () => {
    assert.deepEqual(seen("Denmark stays NFO's first partner, though its share slipped by 2.3 points.\n"), []);
    const other = '| Partner | 2019 | 2024 |\n| --- | ---: | ---: |\n| Denmark | 34.3 | 33.0 |\n\n';
    assert.deepEqual(seen(`${other}Denmark stays NFO's first partner, though its share slipped by 2.3 points.\n`), []);
  });
});

describe('a multiple said of the statement before by a pronoun ("It roughly tripled.") (acc-chg13)', () => {
  const bare = createEngine({ dataset: datasetOf({}) });
  const said = (text: string) => seenFindings(bare, text, RULES).map((f) => f.stated);
  it('reads the multiple against the one statement of the sentence before', () => {
    assert.deepEqual(said('Pear exports went from 2.1% of the harvest to 8.6%. It roughly tripled.\n'), ['roughly tripled']);
    assert.deepEqual(said('Pear exports went from 2.1% of the harvest to 8.6%. It roughly quadrupled.\n'), []);
    assert.deepEqual(said('The orchard planted 30 hectares in 2016 and 60 in 2024. So it has tripled over the period.\n'), ['tripled']);
    assert.deepEqual(said('The orchard planted 30 hectares in 2016 and 60 in 2024. So it has doubled over the period.\n'), []);
  });
  it('stays silent when the multiple has an object, a year of its own, or a figure', () => {
    assert.deepEqual(said('The orchard planted 30 hectares in 2016 and 60 in 2024. It tripled its staff.\n'), []);
    assert.deepEqual(said('The orchard planted 30 hectares in 2016 and 60 in 2024. It tripled since 2019.\n'), []);
    assert.deepEqual(said('The orchard planted 30 hectares in 2016 and 60 in 2024. It tripled to 90 by 2030.\n'), []);
    assert.deepEqual(said('The orchard planted 30 hectares in 2016 and 60 in 2024. Its rival tripled.\n'), []);
  });
});

describe('a gap in points between two parallel figures before it (acc-chg13)', () => {
  const bare = createEngine({ dataset: datasetOf({}) });
  const said = (text: string) => seenFindings(bare, text, RULES).map((f) => [f.stated, f.fix ?? f.suggestion ?? null]);
  it('reads "a gap of N points" after "X spent A%. Y spent B%", with a suggestion only', () => {
    assert.deepEqual(said('Kenya spent 2.15% of its budget on seed banks. Uganda spent 2.75%, a gap of 0.9 percentage points.\n'), [['0.9', '0.6']]);
    assert.deepEqual(said('Kenya spent 2.15% of its budget on seed banks. Uganda spent 2.75%, a gap of 0.6 percentage points.\n'), []);
  });
  it('reads "That puts us N points ahead" in the paragraph after, and a bare second figure said the same way', () => {
    assert.deepEqual(said('Kenya spends 2.15 per cent of its budget on seed banks.\n\nUganda spends 2.75. That puts us 1.6 percentage points ahead.\n'), [['1.6', '0.6']]);
    assert.deepEqual(said('Kenya spent 2.15% on seed banks; Uganda spent 2.75%.\n\nThat leaves Kenya 0.4 points behind.\n'), [['0.4', '0.6']]);
    assert.deepEqual(said('Kenya spent 2.15% on seed banks; Uganda spent 2.75%.\n\nThat leaves Kenya 0.6 points behind.\n'), []);
  });
  it('stays silent on a change, a third figure, figures said differently, or a gap with a base of its own', () => {
    assert.deepEqual(said('Kenya spent 2.15% of its budget on seed banks. Uganda spent 2.75%, up 0.9 points since 2020.\n'), []);
    assert.deepEqual(said('Kenya spent 2.15% on seed banks, Tanzania spent 1.9% and Uganda spent 2.75%, a gap of 0.9 points.\n'), []);
    assert.deepEqual(said('Kenya spent 2.15% of its budget on seed banks. Uganda lost 2.75% of its stock, a gap of 0.9 points.\n'), []);
    assert.deepEqual(said('Kenya spent 2.15% of its budget on seed banks. Uganda spent 2.75%, 0.9 points above the 1.85% of Rwanda.\n'), []);
    assert.deepEqual(said('Kenya spent 2.15% of its budget on seed banks. Uganda spent 2.75%, 0.9 points above the regional figure.\n'), []);
    assert.deepEqual(said('Kenya spent 2.15% of its budget on seed banks. Uganda spent 2.75%, a gap of 0.9 points to the regional figure.\n'), []);
  });
});

describe('a change whose end is said of "last year" (acc-chg13)', () => {
  const bare = createEngine({ dataset: datasetOf({}) });
  const said = (text: string) => seenFindings(bare, text, RULES).map((f) => [f.stated, f.fix ?? f.suggestion ?? null]);
  it('reads the start with its year before "last year", in the sentence or the one before, with a suggestion only', () => {
    assert.deepEqual(said('The seed bank catalogued 420 varieties in 2017; last year the count was 630, up 60% over the period.\n'), [['60%', '50%']]);
    assert.deepEqual(said('The seed bank catalogued 420 varieties in 2017; last year the count was 630, up 50% over the period.\n'), []);
    assert.deepEqual(said('In 2017 we catalogued 420 varieties. Last year it was 630, so the collection grew by 40%.\n'), [['40%', '50%']]);
    assert.deepEqual(said('In 2017 we catalogued 420 varieties. Last year it was 630, so the collection has more than doubled.\n'), [['more than doubled', null]]);
  });
  it('reads no rate (the end year is not written) and stays silent on another subject or unit after "last year"', () => {
    assert.deepEqual(said('In 2017 we catalogued 420 varieties. Last year it was 630, up 50%. That works out at 9.9% a year.\n'), []);
    assert.deepEqual(said('In 2017 we catalogued 420 varieties. Last year Kisumu catalogued 630, up 40%.\n'), []);
    assert.deepEqual(said('In 2017 we catalogued 420 varieties. Last year we had 630 visitors, up 40%.\n'), []);
    assert.deepEqual(said('In 2017 we catalogued 420 varieties. Last year it was 630, up 40% on 2023.\n'), []);
  });
});

describe('a one-year change whose later value the paragraph stated earlier (acc-chg13)', () => {
  const bare = createEngine({ dataset: datasetOf({}) });
  const said = (text: string) => seenFindings(bare, text, RULES).map((f) => [f.stated, f.fix ?? f.suggestion ?? null]);
  const lead = 'The gene bank held 520 accessions in 2024, up from 300 in 2016. That is a rise of 73%.';
  it('reads "rose from A in Y1, a jump of X%" and "rose X% on Y1, when … A" against the paragraph’s value of the next year', () => {
    assert.deepEqual(said('The gene bank held 520 accessions in 2024, up from 300 in 2016. The last year alone mattered: the count rose from 400 accessions in 2023, a jump of 20%.\n'), [['20%', '30%']]);
    assert.deepEqual(said('The gene bank held 520 accessions in 2024, up from 300 in 2016. The last year alone mattered: the count rose from 400 accessions in 2023, a jump of 30%.\n'), []);
    assert.deepEqual(said('The gene bank held 520 accessions in 2024, up from 300 in 2016. The latest year was the best: the count rose 20% on 2023, when the bank held 400 accessions.\n'), [['20%', '30%']]);
  });
  it('stays silent when the years are not consecutive, the subject or unit differs, or a later value follows', () => {
    assert.deepEqual(said(`${lead} The count rose from 400 accessions in 2021, a jump of 20%.\n`), []);
    assert.deepEqual(said(`${lead} Staff rose from 400 in 2023, a jump of 20%.\n`), []);
    assert.deepEqual(said(`${lead} The count rose from 400 visitors in 2023, a jump of 20%.\n`), []);
    assert.deepEqual(said(`${lead} The count rose from 400 accessions in 2023, a rate of 20% a year.\n`), []);
  });
});

describe('a count in words paired with its year ("69 papers in 2016 and one hundred and ninety-eight in 2025") (acc-chg13)', () => {
  const bare = createEngine({ dataset: datasetOf({}) });
  const said = (text: string) => seenFindings(bare, text, RULES).map((f) => [f.stated, f.fix ?? f.suggestion ?? null]);
  it('reads the pair as a statement, its rate and a one-year change after it', () => {
    assert.deepEqual(said('The seed bank listed 60 varieties in 2016 and one hundred and twenty in 2024, a rise of 80%.\n'), [['80%', '100%']]);
    assert.deepEqual(said('The seed bank listed 60 varieties in 2016 and one hundred and twenty in 2024, a rise of 100%.\n'), []);
    assert.deepEqual(said('Kisumu: five trials in 2016, twenty in 2024, which works out at 21.9% a year.\n').map(([s]) => s), ['21.9%']);
    assert.deepEqual(said('Kisumu: five trials in 2016, twenty in 2024, which works out at 18.9% a year.\n'), []);
    // A qualified multiple between the pair and its rate compares nothing.
    // (×4.0 exactly is no "more than a fourfold increase": that multiple is checked since "more than a" keeps its qualifier.)
    assert.deepEqual(said('Kisumu: 5 trials in 2016, 20 in 2024, more than a threefold increase, which works out at 21.9% a year.\n').map(([s]) => s), ['21.9%']);
    assert.deepEqual(said('Kisumu: 5 trials in 2016, 20 in 2024, more than a fourfold increase, which works out at 18.9% a year.\n').map(([s]) => s), ['more than a fourfold']);
    assert.deepEqual(said('Kisumu: 5 trials in 2016, 22 in 2024, more than fourfold, which works out at 20.3% a year.\n'), []);
  });
  it('stays silent on words that are no pair: one side alone, a later year first, or no year', () => {
    assert.deepEqual(said('The seed bank listed sixty varieties in 2016, a rise of 80%.\n'), []);
    assert.deepEqual(said('The seed bank listed 120 varieties in 2024 and sixty in 2016, a rise of 80%.\n'), []);
    assert.deepEqual(said('The seed bank listed 60 varieties and one hundred and twenty visitors, a rise of 80%.\n'), []);
  });
});
