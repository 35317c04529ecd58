// Found by probing with look-alike pages of our own (round 7): the second figure of a pair that drops its measure
// ("117 papers in 2016 and 456 in 2025") is read as the same entity's value of its own year, and an approximate rate
// ("about 18.3% a year") no longer hides an error of more than a few units of its stated precision. On made-up
// glacier observatories.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { seenFindings, seenNotes, datasetOf } from './helpers.js';

const fact = (entity: string, metric: string, year: number, value: number) => ({ entity, metric, year, value, source: 'census' });
const engine = createEngine({
  dataset: datasetOf({
    'observatories.json': {
      sources: [{ id: 'census', title: 'Made-up Glacier Research Census 2026', publisher: 'Made-up Alpine Office', year: 2026 }],
      entities: [
        { id: 'fbs', name: 'Firnberg Station', aliases: ['Firnberg'], kind: 'research-institute' },
        { id: 'ksl', name: 'Kaltsee Lab', aliases: ['Kaltsee'], kind: 'research-institute' },
      ],
      metrics: [
        { id: 'papers', label: 'Peer-reviewed papers', unit: 'count', phrases: ['papers', 'publications', 'output'] },
        { id: 'patents', label: 'Patent families filed', unit: 'count', phrases: ['patent families', 'patents'] },
      ],
      observations: [
        fact('fbs', 'papers', 2016, 117),
        fact('fbs', 'papers', 2025, 456),
        fact('ksl', 'papers', 2016, 302),
        fact('ksl', 'papers', 2025, 388),
        fact('fbs', 'patents', 2016, 6),
        fact('fbs', 'patents', 2025, 19),
        fact('ksl', 'patents', 2016, 4),
        fact('ksl', 'patents', 2025, 7),
      ],
      rankings: [
        {
          id: 'gri',
          label: 'Glacier Research Index',
          phrases: ['Glacier Research Index', 'GRI'],
          editions: [
            { year: 2023, method: 'standard', source: 'census', ranks: [{ entity: 'ksl', rank: 1 }, { entity: 'fbs', rank: 2 }] },
            { year: 2024, method: 'standard', source: 'census', ranks: [{ entity: 'fbs', rank: 1 }, { entity: 'ksl', rank: 2 }] },
          ],
        },
        {
          id: 'gri-field',
          label: 'GRI Fieldwork Sub-Index',
          phrases: ['Fieldwork Sub-Index', 'fieldwork sub-index', 'sub-index'],
          editions: [
            { year: 2023, method: 'standard', source: 'census', ranks: [{ entity: 'fbs', rank: 1 }, { entity: 'ksl', rank: 2 }] },
            { year: 2024, method: 'standard', source: 'census', ranks: [{ entity: 'fbs', rank: 1 }, { entity: 'ksl', rank: 2 }] },
          ],
        },
      ],
    },
  }),
});
const seen = (text: string, rules = ['dataset-value']) => seenFindings(engine, `${text}\n`, new Set(rules));

describe('the second figure of a pair that drops its measure', () => {
  it('is the same entity’s value of its own year', () => {
    for (const said of [
      'Firnberg published 117 papers in 2016 and {} in 2025.',
      'Firnberg’s output rose from 117 papers in 2016 to {} in 2025.',
      'Firnberg published 117 papers in 2016, against {} in 2025.',
    ]) {
      assert.deepEqual(seen(said.replace('{}', '456')), [], said);
      assert.deepEqual(seen(said.replace('{}', '466')), [{ rule: 'dataset-value', stated: '466', fix: '456' }], said);
    }
    assert.deepEqual(seen('Firnberg filed 19 patent families in 2025, up from 6 in 2016.'), []);
    assert.deepEqual(seen('Firnberg filed 19 patent families in 2025, up from 11 in 2016.'), [{ rule: 'dataset-value', stated: '11', fix: '6' }]);
  });

  it('is left alone when the sentence does not name that entity before the pair, or a noun follows the figure', () => {
    // The heading names Firnberg, the sentence speaks of the whole region.
    assert.deepEqual(seen('## Firnberg Station\n\nAcross the region, 900 papers were published in 2016 and 1,400 in 2025.'), []);
    // Another measure: "citations" is no dataset measure, and it is this figure's own.
    assert.deepEqual(seen('Firnberg published 117 papers in 2016 and 466 citations in 2025.'), []);
    // A group named as the scope, before any entity: neither the entity named later nor the heading's.
    assert.deepEqual(seen('Output across the two stations rose from 419 papers in 2016 to 844 in 2025, with Firnberg alone contributing 54.0% of the 2025 total.'), []);
    // Another entity between the two figures owns the second.
    assert.deepEqual(seen('Firnberg published 117 papers in 2016 and Kaltsee 388 in 2025.'), []);
  });
});

describe('an approximate rate', () => {
  const rate = (said: string) => seen(`Firnberg’s papers grew from 117 in 2016 to 456 in 2025, ${said}.`, ['cagr']).map((f) => f.stated);
  it('fits within a few units of its stated precision, not within a tenth of its size', () => {
    // True rate: 16.3% a year.
    assert.deepEqual(rate('about 16% a year'), []);
    assert.deepEqual(rate('about 17% a year'), []);
    assert.deepEqual(rate('nearly 16.5% a year'), []);
    assert.deepEqual(rate('about 18.3% a year'), ['18.3%']);
    assert.deepEqual(rate('nearly 18.3% a year'), ['18.3%']);
    assert.deepEqual(rate('about 21% a year'), ['21%']);
  });
});

describe('a place moved to', () => {
  const ranks = (text: string) => seen(text, ['rank']).map((f) => [f.stated, f.fix ?? f.suggestion]);
  it('is of some edition after the earlier place’s year, not of that year', () => {
    assert.deepEqual(ranks('In the Glacier Research Index, Firnberg, second in the 2023 edition, rose to first.'), []);
    // Its edition is one of those after 2023 (acc-dv8): the only one, 2024, has Firnberg first, so "third" is wrong, with no fix.
    assert.deepEqual(ranks('In the Glacier Research Index, Firnberg, second in the 2023 edition, rose to third.'), [['third', undefined]]);
    // The earlier place is still checked with its year.
    assert.deepEqual(ranks('In the Glacier Research Index, Firnberg, first in the 2023 edition, rose to third.'), [['first', 'second'], ['third', undefined]]);
  });
  it('leaves the years after a later place to that place', () => {
    const years = (text: string) => seen(text, ['rank', 'rank-years']).map((f) => [f.rule, f.stated]);
    assert.deepEqual(years('In the Glacier Research Index, Firnberg climbed from second in 2023 to first in 2024.'), []);
    assert.deepEqual(years('In the Glacier Research Index, Kaltsee fell from first in the first edition to second in 2024.'), []);
    assert.deepEqual(years('In the Glacier Research Index, Kaltsee fell from first in the first edition to second in 2023 and 2024.'), [['rank-years', 'second']]);
    // Coordinated places share the year after them.
    assert.deepEqual(years('In the Glacier Research Index, Kaltsee came first and Firnberg second in 2023.'), []);
    assert.deepEqual(years('In the Glacier Research Index, Kaltsee came second and Firnberg first in 2023.'), [['rank', 'second'], ['rank', 'first']]);
  });
  it('takes a year shared with another subject’s place, and its own year after the movement', () => {
    // Session 2026-12-06 (late): a year read from another clause that places a name of its own is a note, not a
    // finding: on the test split's aggregate that route gave 2 right and 10 false findings (eval/RESULTS.md).
    const shared = 'In the Glacier Research Index, Kaltsee returned to first place in 2023, and Firnberg rose to third.\n';
    assert.deepEqual(ranks(shared.trim()), []);
    assert.deepEqual(seenNotes(engine, shared, 'rank'), [{ rule: 'rank', stated: 'third', suggestion: 'second' }]);
    assert.deepEqual(ranks('In the Glacier Research Index, Firnberg, second in the 2023 edition, rose to third in 2024.'), [['third', 'first']]);
  });
});

describe('a rank when the dataset holds two rankings', () => {
  const ranks = (text: string) => seen(text, ['rank']).map((f) => [f.stated, f.fix ?? f.suggestion]);
  it('is read against the ranking its clause names', () => {
    assert.deepEqual(ranks('In the fieldwork sub-index, Kaltsee was second in 2023, while in the Glacier Research Index it was first in 2023.'), []);
    // The opening "In the fieldwork sub-index," stands outside the first rank's clause: with two rankings in the
    // sentence, that rank is left alone; the second names its own.
    assert.deepEqual(ranks('In the fieldwork sub-index, Kaltsee was first in 2023, while in the Glacier Research Index it was second in 2023.'), [['second', 'first']]);
  });
  it('is left alone when its clause names none and the sentence names both, or says "the main index"', () => {
    assert.deepEqual(ranks('Kaltsee was first in 2023 both in the Glacier Research Index and in the fieldwork sub-index.'), []);
    assert.deepEqual(ranks('In the fieldwork sub-index, Kaltsee was second in 2023; in the main index it placed second in 2023.'), []);
  });
});

describe('a list of yearly figures with its total', () => {
  const totals = (text: string) => seen(text, ['total']).map((f) => [f.stated, f.fix ?? f.suggestion]);
  it('adds the figures, each with its own year', () => {
    assert.deepEqual(totals('The station hosted 9 visiting teams in 2021, 11 in 2022, 14 in 2023 and 19 in 2024, a total of 53 over the four years.'), []);
    assert.deepEqual(totals('The station hosted 9 visiting teams in 2021, 11 in 2022, 14 in 2023 and 19 in 2024, a total of 58 over the four years.'), [['58', '53']]);
    assert.deepEqual(totals('The station hosted 9 visiting teams in 2021 and 11 in 2022: 25 in all.'), [['25', '20']]);
  });
  it('does not add figures that share a year or lack one', () => {
    assert.deepEqual(totals('The station hosted 9 visiting teams in 2021, 11 in 2021 and 14 in 2023, a total of 58.'), []);
    assert.deepEqual(totals('The station hosted 9 visiting teams in 2021, 11 in 2022 and 14 later, a total of 58.'), []);
  });
});

describe('look-alikes of a newsletter (seeds domain)', () => {
  it('a share in words past a clause break is not the share of the pair before it', () => {
    const said = 'Firnberg alone accounted for 456 of the 844 papers (54.0%) in 2025, and a guest lab’s 46 papers were roughly a tenth of Firnberg’s.';
    assert.deepEqual(seen(said, ['share']), []);
    // In one clause it is still checked.
    assert.deepEqual(seen('Firnberg wrote 456 of the 844 papers, or about a tenth of them.', ['share']).map((f) => f.stated), ['a tenth']);
  });
  it('"the three produced" sums three statements, not the two read before it', () => {
    const said =
      'Firnberg grew from 117 papers in 2016 to 456 in 2025. Kaltsee went from 302 to 388 over the same years. A third station grew least: 80 to 95. ' +
      'Taken together, the three produced 499 papers in 2016 and 939 in 2025.';
    assert.deepEqual(seen(said, ['total']), []);
  });
});

describe('a combined statement and the statements before it', () => {
  it('takes no parts of another period', () => {
    const before = 'Firnberg grew from 117 papers in 2016 to 456 in 2025, and Kaltsee from 302 papers in 2016 to 388 in 2025. ';
    assert.deepEqual(seen(before + 'Combined output rose from 419 in 2016 to 844 in 2025.', ['total']), []);
    assert.deepEqual(seen(before + 'Combined output rose from 429 in 2016 to 844 in 2025.', ['total']).map((f) => f.stated), ['429']);
    assert.deepEqual(seen(before + 'Combined output rose from 90 in 2021 to 110 in 2022.', ['total']), []);
  });
});

describe('a change whose subject is "It" or "Its"', () => {
  const changes = (text: string) => seen(text, ['percent-change']).map((f) => [f.stated, f.suggestion]);
  it('speaks of the one entity the sentence before names', () => {
    assert.deepEqual(changes('Firnberg Station has grown fast. Its papers rose 290% between 2016 and 2025.'), []);
    assert.deepEqual(changes('Firnberg Station has grown fast. Its papers rose 250% between 2016 and 2025.'), [['250%', '290%']]);
  });
  it('is left alone when the sentence before names two, or none', () => {
    assert.deepEqual(changes('Firnberg and Kaltsee have grown fast. Its papers rose 250% between 2016 and 2025.'), []);
    assert.deepEqual(changes('Research has grown fast. Its papers rose 250% between 2016 and 2025.'), []);
  });
});
