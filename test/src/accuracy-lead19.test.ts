// False readings of round 19's dev drafts, fixed by their structure, each written here on made-up harbours rather than
// copied from the corpus: a table whose corner cell names its subject ("| Lakeport in the HSI | 2021 | … |") read as
// the entity of the paragraph before it (six certain fixes in one draft); a speaker's correction on the spot ("— sorry,
// that was 2021, not 2022"); a group total dated by the base year of its change ("up 90.7% on 2015"); a multiple whose
// clause states a length its endpoints do not span ("nearly quadrupled in nine years" after 2016 and 2020); a level
// compared with a base taken from the start of a change ("from 24.3 in 2023, …, now 35.7% below the 34.7"); and
// "risen sixfold from 48 Mbit/s" read as a comparison with 48.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEngine } from 'factlint';
import { datasetOf, seenFindings } from './helpers.js';

const places = (order: string[]) => order.map((entity, i) => ({ entity, rank: i + 1 }));
const harbours = createEngine({
  dataset: datasetOf({
    'harbours.json': {
      sources: [
        { id: 'hsi', title: 'Harbour Safety Index, all editions', publisher: 'Made-up Harbour Board', year: 2025 },
        { id: 'ret', title: 'Harbour returns', publisher: 'Made-up Harbour Board', year: 2025 },
      ],
      entities: [
        { id: 'lkp', name: 'Lakeport Harbour Institute', aliases: ['Lakeport', 'LKP'], kind: 'research-institute', country: 'Norway' },
        { id: 'brv', name: 'Brevik Harbour Institute', aliases: ['Brevik', 'BRV'], kind: 'research-institute', country: 'Norway' },
        { id: 'cst', name: 'Coldstrand Harbour Institute', aliases: ['Coldstrand', 'CST'], kind: 'research-institute', country: 'Norway' },
      ],
      metrics: [{ id: 'calls', label: 'Ship calls', unit: 'count', phrases: ['ship calls', 'calls'] }],
      observations: [
        { entity: 'lkp', metric: 'calls', year: 2015, value: 287, source: 'ret' },
        { entity: 'brv', metric: 'calls', year: 2015, value: 165, source: 'ret' },
        { entity: 'cst', metric: 'calls', year: 2015, value: 21, source: 'ret' },
        { entity: 'lkp', metric: 'calls', year: 2024, value: 540, source: 'ret' },
        { entity: 'brv', metric: 'calls', year: 2024, value: 320, source: 'ret' },
        { entity: 'cst', metric: 'calls', year: 2024, value: 42, source: 'ret' },
      ],
      rankings: [
        {
          id: 'hsi',
          label: 'Harbour Safety Index',
          phrases: ['Harbour Safety Index', 'HSI'],
          editions: [
            { year: 2021, method: 'standard', source: 'hsi', ranks: places(['cst', 'brv', 'lkp']) },
            { year: 2022, method: 'standard', source: 'hsi', ranks: places(['cst', 'lkp', 'brv']) },
            { year: 2023, method: 'standard', source: 'hsi', ranks: places(['cst', 'lkp', 'brv']) },
            { year: 2024, method: 'standard', source: 'hsi', ranks: places(['brv', 'lkp', 'cst']) },
          ],
        },
      ],
    },
  }),
});
const seen = (text: string, rules: string[]) => seenFindings(harbours, text, new Set(rules)).map((f) => [f.rule, f.stated, f.fix ? `fix ${f.fix}` : f.suggestion ? `suggestion ${f.suggestion}` : '']);

describe("a table's corner cell names the subject of its rows of measures", () => {
  const table = (ranks: string) =>
    `At the top, Brevik took first place in the 2024 edition of the Harbour Safety Index.\n\n| Lakeport in the HSI | 2021 | 2022 | 2023 | 2024 |\n| --- | ---: | ---: | ---: | ---: |\n| Rank | ${ranks} |\n`;

  it("reads the places as the corner's entity, not the one named before the table", () => {
    assert.deepEqual(seen(table('3 | 2 | 2 | 2'), ['rank']), []);
  });

  it("reports a wrong place of the corner's entity with a suggestion, not a certain fix", () => {
    assert.deepEqual(seen(table('3 | 2 | 1 | 2'), ['rank']), [['rank', '1', 'suggestion 2']]);
  });
});

describe('a figure the speaker corrects on the spot', () => {
  it('is not checked when the sentence goes on to take it back', () => {
    assert.deepEqual(seen('In 2022 Brevik ranked second in the Harbour Safety Index — sorry, that was 2021, not 2022.\n', ['rank']), []);
  });

  it('is not checked when the next sentence opens with the correction', () => {
    assert.deepEqual(seen('Brevik ranked second in the 2022 Harbour Safety Index. Sorry, that was 2021.\n', ['rank']), []);
  });

  it('is checked when nothing takes it back', () => {
    assert.deepEqual(seen('In 2022 Brevik ranked second in the Harbour Safety Index.\n', ['rank']), [['rank', 'second', 'fix third']]);
  });
});

describe('a group total whose only year is the base of its change', () => {
  it('is not dated by "on 2015"', () => {
    assert.deepEqual(seen('Ship calls at the three institutes reached 902 last year, up 90.7% on 2015.\n', ['total']), []);
  });

  it('is dated by its own year', () => {
    assert.deepEqual(seen('Ship calls at the three institutes reached 902 in 2015.\n', ['total']), [['total', '902', 'fix 473']]);
  });
});

describe('a multiple whose clause states a length the endpoints do not span', () => {
  it('is not judged against endpoints four years apart when it says nine years', () => {
    assert.deepEqual(seen('The fleet stood at 9 boats in 2016 and 20 in 2020, so it has nearly quadrupled in nine years.\n', ['percent-change']), []);
  });

  it('is judged when the length fits', () => {
    assert.deepEqual(seen('The fleet stood at 9 boats in 2016 and 20 in 2020, so it has nearly quadrupled in four years.\n', ['percent-change']), [['percent-change', 'nearly quadrupled', '']]);
  });
});

describe('a comparison whose nearest figure before is the start of a change', () => {
  it('stays silent: the level compared is left to the reader', () => {
    const text = 'Complaints fell to 22.3 per 100,000 customers, from 24.3 in 2023, and they are now 35.7% below the 34.7 of 2015.\n';
    assert.deepEqual(seen(text, ['percent-change']), []);
  });

  it('is checked when the level compared stands right before it', () => {
    const text = 'Complaints stood at 22.3 per 100,000 customers in 2024, 30.0% below the 34.7 of 2015.\n';
    assert.deepEqual(seen(text, ['percent-change']), [['percent-change', '30.0%', '']]);
  });
});

describe('a multiple "from" a figure is a growth from it, not a comparison with it', () => {
  it('does not compare the figure before with the start value', () => {
    const text = 'Coverage rose by 44.8 percentage points in nine years, and speeds have risen nearly sixfold from 48 Mbit/s.\n';
    assert.deepEqual(seen(text, ['percent-change']), []);
  });

  it('still compares a multiple with "the" figure after it', () => {
    const text = 'Speeds reached 287 Mbit/s in 2024, nearly four times the 48 Mbit/s of 2015.\n';
    assert.deepEqual(seen(text, ['percent-change']), [['percent-change', 'nearly four times', '']]);
  });
});

describe('a later value stated at a time other than "in YEAR", then "up from" the earlier one', () => {
  const text = (time: string, change: string) => `The authority served 512,000 household connections ${time}, up from 296,000 in 2016, an increase of ${change}.\n`;

  for (const time of ['at the end of 2025', 'by end-2025', 'in December 2025', 'at 31 December 2025', 'last year']) {
    it(`pairs the endpoints when the later one is dated "${time}"`, () => {
      const [finding, ...rest] = seen(text(time, '42.2%'), ['percent-change']);
      assert.deepEqual([finding?.slice(0, 2), finding?.[2]?.replace(/^(?:fix|suggestion) /, ''), rest], [['percent-change', '42.2%'], '73.0%', []]);
      assert.deepEqual(seen(text(time, '73.0%'), ['percent-change']), []);
    });
  }
});
