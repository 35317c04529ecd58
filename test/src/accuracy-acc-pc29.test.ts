// Percent changes, points and multiples whose endpoints stand in the figure's own sentence, in phrasings the readers
// missed (acc-pc29): each construction with sentences of our own that it must flag, and twins that must stay silent.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings } from './helpers.js';

const RULES = new Set(['percent-change', 'cagr']);

// A made-up depot whose figures none of the sentences below state: the readings are the sentences' own.
const depots = datasetOf({
  'depots.json': {
    sources: [{ id: 'depot-survey', title: 'Depot Survey', publisher: 'Made-up Transit Council', year: 2025 }],
    entities: [{ id: 'wfd', name: 'Westfold Depot', aliases: ['WFD'], kind: 'research-institute' }],
    metrics: [{ id: 'trams', label: 'Trams serviced in the year', unit: 'count', phrases: ['trams serviced'] }],
    observations: [{ entity: 'wfd', metric: 'trams', year: 2025, value: 726, source: 'depot-survey' }],
  },
});
const engine = createEngine({ dataset: depots });
const seen = (text: string) => seenFindings(engine, text, RULES).map((f) => [f.stated, f.fix ?? f.suggestion ?? null]);
const silent = (...texts: string[]) => {
  for (const text of texts) assert.deepEqual(seen(text), [], text);
};

describe('a change whose sign is said in a word after its endpoints: "…, plus 112%" (acc-pc29)', () => {
  it('reads "plus" as a rise and "minus" as a fall', () => {
    assert.deepEqual(seen('The orchard went from 287 crates in 2015 to 638 in 2024, plus 112%, a compound rate of 9.3% a year.\n'), [['112%', '122%']]);
    assert.deepEqual(seen('The orchard went from 638 crates in 2015 to 287 in 2024, minus 50%.\n'), [['50%', '55%']]);
    assert.deepEqual(seen('The orchard went from 287 crates in 2015 to 638 in 2024 (plus 112%).\n'), [['112%', '122%']]);
  });
  it('says the direction is wrong, with no fix, when "plus" stands before a fall', () => {
    assert.deepEqual(seen('The orchard went from 638 crates in 2015 to 287 in 2024, plus 55%.\n'), [['55%', null]]);
  });
  it('is silent on a right figure and on a figure that adds something else after it', () => {
    silent(
      'The orchard went from 287 crates in 2015 to 638 in 2024, plus 122%, a compound rate of 9.3% a year.\n',
      'The orchard went from 638 crates in 2015 to 287 in 2024, minus 55%.\n',
      'The orchard went from 287 crates in 2015 to 638 in 2024, plus 12% at the Eastfield farm.\n',
      'The orchard went from 287 crates in 2015 to 638 in 2024, plus 45 pallets and 12% more boxes.\n',
    );
  });
});

describe('an endpoint dated "at" or "by the end of" a year (acc-pc29)', () => {
  it('reads "to 74 units at the end of 2025 from 47 in 2016"', () => {
    assert.deepEqual(seen('The fleet was rebuilt along the way, to 74 units at the end of 2025 from 47 in 2016, which nearly doubled it.\n').map(([stated]) => stated), ['nearly doubled']);
    assert.deepEqual(seen('The fleet grew to 74 units at the end of 2025 from 47 in 2016, up 82%.\n'), [['82%', '57%']]);
  });
  it('reads a pair "22 thousand in 2016 and 37 thousand by the end of 2025"', () => {
    assert.deepEqual(seen('It had 22 thousand connections in 2016 and 37 thousand by the end of 2025, a rise of 82%.\n'), [['82%', '68%']]);
  });
  it('is silent on right figures, and on a multiple said of another measure', () => {
    silent(
      'The fleet grew to 74 units at the end of 2025 from 47 in 2016, up 57%.\n',
      'It had 22 thousand connections in 2016 and 37 thousand by the end of 2025, a rise of 68%.\n',
      'It had 22 thousand connections in 2016 and 37 thousand by the end of 2025, which means the network has more than doubled.\n',
    );
  });
});

describe('a pair "at 31.8% of water produced in 2020 and at 26.1% in 2025" (acc-pc29)', () => {
  it('reads the second value after "and at", the first with three words before its year', () => {
    assert.deepEqual(seen('Losses stood at 31.8% of water produced in 2020 and at 26.1% in 2025, a reduction of 6.7 percentage points over the period.\n'), [['6.7', '5.7']]);
  });
  it('is silent on the right difference', () => {
    silent('Losses stood at 31.8% of water produced in 2020 and at 26.1% in 2025, a reduction of 5.7 percentage points over the period.\n');
  });
});

// An index's composite score in two editions.
const scores = createEngine({
  dataset: datasetOf({
    'index.json': {
      sources: [{ id: 'hive-index', title: 'Hive Research Index', publisher: 'Made-up Apiary Council', year: 2025 }],
      entities: [{ id: 'hrs', name: 'Heathfold Research Station', aliases: ['HRS'], kind: 'research-institute' }],
      metrics: [{ id: 'composite', label: 'Hive Research Index composite score (0–100)', unit: 'score', phrases: ['composite score'] }],
      observations: [
        { entity: 'hrs', metric: 'composite', year: 2024, value: 80.5, source: 'hive-index' },
        { entity: 'hrs', metric: 'composite', year: 2025, value: 84.1, source: 'hive-index' },
      ],
    },
  }),
});
const seenScores = (text: string) => seenFindings(scores, text, RULES).map((f) => [f.stated, f.fix ?? f.suggestion ?? null]);

describe('a score "in the 2025 edition, up N points on 2024" (acc-pc29)', () => {
  it('reads the edition as the year of the index', () => {
    assert.deepEqual(seenScores("HRS's composite score rose to 84.1 in the 2025 edition, up 1.4 points on 2024.\n"), [['1.4', '3.6']]);
  });
  it('is silent on the right difference and on an edition named by its order', () => {
    for (const text of [
      "HRS's composite score rose to 84.1 in the 2025 edition, up 3.6 points on 2024.\n",
      "HRS's composite score rose to 84.1 in the second edition, up 1.4 points on 2024.\n",
    ]) assert.deepEqual(seenScores(text), [], text);
  });
});

describe('a multiple of another party whose bracket gives both figures: "almost twice ELB\'s (X against Y)" (acc-pc29)', () => {
  it('measures the larger figure of the bracket against the smaller, whichever comes first', () => {
    assert.deepEqual(seen("The subsidy bill at the Westfold depot is almost twice Eastfield's (EUR 89.8 million against EUR 55.4 million in 2024).\n").map(([stated]) => stated), ['almost twice']);
    assert.deepEqual(seen("The subsidy bill at the Westfold depot is almost twice Eastfield's (EUR 55.4 million against EUR 89.8 million in 2024).\n").map(([stated]) => stated), ['almost twice']);
  });
  it('is silent on a multiple that fits, on a bracket with a third figure or two units, and on a counterfactual', () => {
    silent(
      "The subsidy bill at the Westfold depot is almost twice Eastfield's (EUR 105.8 million against EUR 55.4 million in 2024).\n",
      "The subsidy bill at the Westfold depot is almost twice Eastfield's (EUR 89.8 million against EUR 55.4 million in 2024, and 12 trams).\n",
      "The Westfold depot has almost twice Eastfield's staff (890 fitters against 554 trams).\n",
      "The subsidy bill at the Westfold depot would be almost twice Eastfield's (EUR 89.8 million against EUR 55.4 million in 2024).\n",
    );
  });
});

// A share metric whose own phrase holds the word "share".
const fleets = createEngine({
  dataset: datasetOf({
    'fleets.json': {
      sources: [{ id: 'fleet-survey', title: 'Fleet Survey', publisher: 'Made-up Transit Council', year: 2025 }],
      entities: [
        { id: 'nfd', name: 'Northfold Depot', aliases: ['Northfold'], kind: 'research-institute' },
        { id: 'sfd', name: 'Southfold Depot', aliases: ['Southfold'], kind: 'research-institute' },
      ],
      metrics: [{ id: 'electric-share', label: 'Electric trams as a share of the fleet', unit: 'percent', phrases: ['electric share', 'share of electric trams'] }],
      observations: [
        { entity: 'nfd', metric: 'electric-share', year: 2019, value: 20.9, source: 'fleet-survey' },
        { entity: 'nfd', metric: 'electric-share', year: 2024, value: 28.0, source: 'fleet-survey' },
        { entity: 'sfd', metric: 'electric-share', year: 2019, value: 10.0, source: 'fleet-survey' },
        { entity: 'sfd', metric: 'electric-share', year: 2024, value: 12.0, source: 'fleet-survey' },
      ],
    },
  }),
});
const seenFleets = (text: string) => seenFindings(fleets, text, RULES).map((f) => [f.stated, f.fix ?? f.suggestion ?? null]);

describe('a change in points of a share metric named with the word "share" (acc-pc29)', () => {
  it('reads the metric\'s own "share" as the measure, not as a share of something else', () => {
    assert.deepEqual(seenFleets("Northfold's electric share rose by 9.1 points between 2019 and 2024.\n"), [['9.1', '7.1']]);
    assert.deepEqual(seenFleets("Northfold's share of electric trams rose by 9.1 points between 2019 and 2024, to 28.0%.\n"), [['9.1', '7.1']]);
  });
  it('is silent on the right difference and when "share" names something outside the metric', () => {
    for (const text of [
      "Northfold's electric share rose by 7.1 points between 2019 and 2024.\n",
      "Northfold's electric share rose by 9.1 points between 2019 and 2024, the largest share of the national gain.\n",
    ]) assert.deepEqual(seenFleets(text), [], text);
  });
});

describe('a change since a base year, then a clause that compares with another party (acc-pc29)', () => {
  it('reads the clause before "and", which names one subject, as a sentence of its own', () => {
    assert.deepEqual(seenFleets("Northfold's electric share is up 9.1 points since 2019 and well ahead of Southfold's.\n"), [['9.1', '7.1']]);
    assert.deepEqual(seenFleets("Northfold's electric share is up 9.1 points since 2019, and Southfold's is flat.\n"), [['9.1', '7.1']]);
  });
  it('is silent on the right difference and when the clause before names both parties', () => {
    for (const text of [
      "Northfold's electric share is up 7.1 points since 2019 and well ahead of Southfold's.\n",
      "Northfold's electric share, unlike Southfold's, is up 9.1 points since 2019 and well ahead.\n",
      "Northfold's and Southfold's electric share is up 9.1 points since 2019 and well ahead of the sector.\n",
    ]) assert.deepEqual(seenFleets(text), [], text);
  });
});

describe('a start value set off by commas after its year: "Its 2015 share …, 34.9%, fell to 22.3% in 2024" (acc-pc29)', () => {
  it('reads the apposed value as the start and the value after "fell to" as the end', () => {
    assert.deepEqual(seen('Its 2015 share of the combined count, 34.9%, fell to 22.3% in 2024, down 10.0 points.\n'), [['10.0', '12.6']]);
  });
  it('is silent on right figures and on a start that names a target', () => {
    silent(
      'Its 2015 share of the combined count, 34.9%, fell to 22.3% in 2024, down 12.6 points.\n',
      'Its 2015 share of the combined count, 34.9%, fell to 22.3% in 2024, down 36%.\n',
      'Its 2015 target share, 34.9%, fell to 22.3% in 2024, down 10.0 points.\n',
    );
  });
});

describe('two changes of two parties in one sentence, the later in a clause that names its own measure (acc-pc29)', () => {
  it('reads the clause "…, and Northfold\'s electric share is up 9.1 points since 2019" as a sentence of its own', () => {
    assert.deepEqual(seenFleets("Southfold reached 12.0%, up 1.0 points in a year, and Northfold's electric share is up 9.1 points since 2019, to 28.0%.\n"), [['9.1', '7.1']]);
  });
  it('is silent on the right difference and on a clause that borrows the measure of the one before', () => {
    for (const text of [
      "Southfold reached 12.0%, up 1.0 points in a year, and Northfold's electric share is up 7.1 points since 2019, to 28.0%.\n",
      "Southfold's electric share is up 2.0 points since 2019, and Northfold's by 9.1 points.\n",
      // An elliptic clause shares the words of the one before: neither is read alone.
      "Southfold's electric share is up 5.0 points since 2019, and Northfold's by 9.1 points.\n",
    ]) assert.deepEqual(seenFleets(text), [], text);
  });
});
